/**
 * Teaches `@pulumi/pulumi`'s component analyzer the argument shapes this library uses and the
 * stock analyzer rejects, so that every public component's schema is inferred from the same
 * TypeScript types its TypeScript users see (docs/decisions.md, "One schema from the TypeScript
 * types"). Each shape maps to plain schema data:
 *
 * - a union of string literals (`"Enabled" | "Disabled"`) is a `string` whose description lists
 *   the values; the component still rejects any other value with an error naming the argument;
 * - a union of number literals (`2048 | 3072 | 4096`) is an `integer` (or `number`), likewise;
 * - an object type without an interface of its own (an inline `{ ... }`, `Record<Key, T>` over a
 *   literal key union, `Pick`/`Omit`, an intersection) is a named object type;
 * - a union of object types (a discriminated union such as `MlOutboundRule`) is one object type
 *   with every member's properties, required where every member requires them;
 * - a union of a string and an object type is a `oneOf`;
 * - a child component of this library among a component's outputs is the child's URN (`string`):
 *   the generated SDKs register only the schema's `index` module, so a reference to a child's
 *   own type token (`ailz:security:KeyVault`) reaches them as its URN.
 *
 * Everything else goes to the stock analyzer unchanged, including its errors for functions and
 * class instances, which have no schema form. The analyzer is experimental and its methods are
 * internal: `test/provider/schema.spec.ts` infers the whole schema, so a change there fails a spec
 * instead of a user's `pulumi package add`.
 */
import * as path from "path";
import ts from "typescript";
import { Analyzer, InputOutput } from "@pulumi/pulumi/provider/experimental/analyzer";

type Property = Record<string, unknown> & { optional?: boolean; plain?: boolean };

interface Context {
  component: string;
  property?: string;
  inputOutput: InputOutput;
  typeName?: string;
  isPartial?: boolean;
  isRequired?: boolean;
}

/** The analyzer's internals this module relies on (private in its declarations). */
interface AnalyzerInternals {
  checker: ts.TypeChecker;
  providerName: string;
  typeDefinitions: Record<
    string,
    { name: string; type: string; properties: Record<string, Property> }
  >;
  analyzeType(
    context: Context,
    type: ts.Type,
    location: ts.Node,
    optional?: boolean,
    docString?: string,
  ): Property;
  analyzeSymbols(context: Context, symbols: ts.Symbol[]): Record<string, Property>;
  analyzeSymbol(context: Context, symbol: ts.Symbol): Property;
}

/** Utility aliases whose name says nothing about the type they produce. */
const UTILITY_ALIASES = new Set(["Record", "Pick", "Omit", "Partial", "Required", "NonNullable"]);

function isUndefined(t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
}

/** `Output<T>`, `OutputInstance<T>` or `Promise<T>`: the parts of an `Input<T>` the stock analyzer unwraps. */
function isInputWrapper(t: ts.Type): boolean {
  const name = (t.getSymbol() ?? t.aliasSymbol)?.escapedName;
  if (name === "Promise" || name === "OutputInstance" || name === "Output") return true;
  return t.isIntersection() && t.types.some(isInputWrapper);
}

/** An object type the stock analyzer has no rule for: no interface, array, map or function. */
function isPlainObjectShape(self: AnalyzerInternals, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || t.isClassOrInterface()) return false;
  if (self.checker.isArrayType(t) || isInputWrapper(t)) return false;
  if (self.checker.getIndexInfoOfType(t, ts.IndexKind.String)) return false;
  if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0) return false;
  if (t.aliasSymbol && ["Partial", "Required"].includes(String(t.aliasSymbol.escapedName))) {
    return false;
  }
  return t.getProperties().length > 0;
}

function isObjectLike(self: AnalyzerInternals, t: ts.Type): boolean {
  return t.isClassOrInterface() || isPlainObjectShape(self, t);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The schema name of an object type that has no interface name of its own. */
function objectTypeName(context: Context, t: ts.Type): string {
  const alias = t.aliasSymbol;
  const declaration = alias?.declarations?.[0];
  const ownAlias =
    alias &&
    !UTILITY_ALIASES.has(String(alias.escapedName)) &&
    declaration &&
    isLibraryFile(declaration.getSourceFile().fileName);
  if (ownAlias)
    return context.isPartial ? `Partial${String(alias.escapedName)}` : String(alias.escapedName);
  // Unique without a `Partial` prefix: the owner's name already says whether it is partial.
  const property = capitalize((context.property ?? "").replace(/[^A-Za-z0-9]/g, ""));
  return `${context.typeName ?? `${context.component}Args`}${property}`;
}

function makeProp(
  context: Context,
  prop: Property,
  optional: boolean,
  docString: string | undefined,
): Property {
  if (optional) prop.optional = true;
  if (context.inputOutput === InputOutput.Neither) prop.plain = true;
  if (docString) prop.description = docString;
  return prop;
}

function withValues(docString: string | undefined, values: readonly (string | number)[]): string {
  const list = values.map((v) => `\`${v}\``).join(", ");
  return `${docString ? `${docString}\n\n` : ""}One of: ${list}.`;
}

/** A named object type from a set of properties, registered once and referenced. */
function objectType(
  self: AnalyzerInternals,
  context: Context,
  name: string,
  analyze: (typeContext: Context) => Record<string, Property>,
): { $ref: string } {
  const ref = { $ref: `#/types/${self.providerName}:index:${name}` };
  if (self.typeDefinitions[name]) return ref;
  // Registered before its properties, so that a type may refer to itself.
  self.typeDefinitions[name] = { name, type: "object", properties: {} };
  const typeContext: Context = {
    ...context,
    inputOutput:
      context.inputOutput === InputOutput.Output ? InputOutput.Output : InputOutput.Neither,
    typeName: name,
    isPartial: false,
    isRequired: false,
  };
  const properties = analyze(typeContext);
  if (context.isPartial) for (const p of Object.values(properties)) p.optional = true;
  self.typeDefinitions[name].properties = properties;
  return ref;
}

/** Every member's properties in one object; required where every member requires them. */
function mergedMembers(self: AnalyzerInternals, members: ts.Type[], typeContext: Context) {
  const byName = new Map<string, ts.Symbol[]>();
  for (const member of members) {
    for (const symbol of member.getProperties()) {
      byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), symbol]);
    }
  }
  const properties: Record<string, Property> = {};
  for (const [name, symbols] of byName) {
    const required =
      symbols.length === members.length &&
      symbols.every((s) => (s.flags & ts.SymbolFlags.Optional) === 0);
    const literals = symbols.flatMap((s) => {
      const t = self.checker.getTypeOfSymbolAtLocation(s, s.valueDeclaration!);
      const parts = (t.isUnion() ? t.types : [t]).filter((p) => !isUndefined(p));
      return parts.every((p) => p.isStringLiteral())
        ? parts.map((p) => (p as ts.StringLiteralType).value)
        : [];
    });
    const allLiteral =
      literals.length > 0 &&
      symbols.every((s) => {
        const t = self.checker.getTypeOfSymbolAtLocation(s, s.valueDeclaration!);
        return (t.isUnion() ? t.types : [t])
          .filter((p) => !isUndefined(p))
          .every((p) => p.isStringLiteral());
      });
    const prop = allLiteral
      ? makeProp(
          typeContext,
          { type: "string" },
          false,
          withValues(undefined, [...new Set(literals)]),
        )
      : self.analyzeSymbol({ ...typeContext, property: name }, symbols[0]);
    if (required) delete prop.optional;
    else prop.optional = true;
    properties[name] = prop;
  }
  return properties;
}

/** A class of this library (not of a dependency) that extends `ComponentResource`. */
function isOwnComponent(self: AnalyzerInternals, t: ts.Type): boolean {
  if (!t.isClass()) return false;
  const file = t.getSymbol()?.declarations?.[0]?.getSourceFile().fileName;
  if (!file || !isLibraryFile(file)) return false;
  const extendsComponent = (c: ts.Type): boolean =>
    self.checker
      .getBaseTypes(c as ts.InterfaceType)
      .some((b) => b.getSymbol()?.escapedName === "ComponentResource" || extendsComponent(b));
  return extendsComponent(t);
}

function adapted(
  self: AnalyzerInternals,
  context: Context,
  type: ts.Type,
  location: ts.Node,
  optional: boolean,
  docString: string | undefined,
): Property | undefined {
  if (type.isUnion()) {
    if (type.types.some(isInputWrapper)) return undefined;
    const members = type.types.filter((t) => !isUndefined(t));
    const opt = optional || members.length < type.types.length;
    if (members.every((t) => t.isStringLiteral())) {
      const values = members.map((t) => (t as ts.StringLiteralType).value);
      return makeProp(context, { type: "string" }, opt, withValues(docString, values));
    }
    if (members.every((t) => t.isNumberLiteral())) {
      const values = members.map((t) => (t as ts.NumberLiteralType).value);
      const kind = values.every(Number.isInteger) ? "integer" : "number";
      return makeProp(context, { type: kind }, opt, withValues(docString, values));
    }
    if (members.length > 1 && members.every((t) => isObjectLike(self, t))) {
      const name = objectTypeName(context, type);
      return makeProp(
        context,
        objectType(self, context, name, (c) => mergedMembers(self, members, c)),
        opt,
        docString,
      );
    }
    // An open-ended record among the choices (a pack config entry: a level, or parameters by
    // name) has no closed shape: the schema takes any value and the component checks it.
    if (members.length > 1 && members.some((t) => t.getStringIndexType() !== undefined)) {
      return makeProp(context, { $ref: "pulumi.json#/Any" }, opt, docString);
    }
    const strings = members.filter((t) => (t.flags & ts.TypeFlags.String) !== 0);
    const objects = members.filter((t) => isObjectLike(self, t));
    if (strings.length === 1 && objects.length === 1 && members.length === 2) {
      const object = self.analyzeType(context, objects[0], location);
      delete object.plain;
      delete object.description;
      return makeProp(context, { oneOf: [{ type: "string" }, object] }, opt, docString);
    }
    return undefined;
  }
  if (type.isStringLiteral() || type.isNumberLiteral()) {
    const kind = type.isStringLiteral()
      ? "string"
      : Number.isInteger(type.value)
        ? "integer"
        : "number";
    return makeProp(context, { type: kind }, optional, withValues(docString, [type.value]));
  }
  if (isOwnComponent(self, type)) {
    const name = type.getSymbol()?.escapedName;
    return makeProp(
      context,
      { type: "string" },
      optional,
      `${docString ?? ""} The URN of the child \`${name}\`.`.trim(),
    );
  }
  if (type.isIntersection() && !type.types.some(isInputWrapper)) {
    const name = objectTypeName(context, type);
    const ref = objectType(self, context, name, (c) =>
      self.analyzeSymbols(c, type.getProperties()),
    );
    return makeProp(context, ref, optional, docString);
  }
  if (isPlainObjectShape(self, type)) {
    const name = objectTypeName(context, type);
    const ref = objectType(self, context, name, (c) =>
      self.analyzeSymbols(c, type.getProperties()),
    );
    return makeProp(context, ref, optional, docString);
  }
  return undefined;
}

let installed = false;
/** The library's folder: the repository, or `node_modules/ai-landing-zone` once installed. */
let libraryRoot = "";

/** A file of this library, not of a dependency (the library may itself sit in node_modules). */
function isLibraryFile(fileName: string): boolean {
  const relative = path.relative(libraryRoot, fileName);
  return !relative.startsWith("..") && !relative.split(/[\\/]/).includes("node_modules");
}

/**
 * Extends the analyzer once per process (later calls do nothing); `root` is the library's folder,
 * whose types are this package's own.
 */
export function installSchemaShapes(root: string): void {
  if (installed) return;
  installed = true;
  libraryRoot = path.resolve(root);
  const proto = Analyzer.prototype as unknown as AnalyzerInternals;
  const stock = proto.analyzeType;
  proto.analyzeType = function (
    this: AnalyzerInternals,
    context,
    type,
    location,
    optional = false,
    docString,
  ) {
    return (
      adapted(this, context, type, location, optional, docString) ??
      stock.call(this, context, type, location, optional, docString)
    );
  };
}
