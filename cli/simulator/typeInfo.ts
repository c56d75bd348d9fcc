import * as fs from "fs";
import * as path from "path";

/**
 * What azure-native's own generated declarations say about a resource or function: which
 * properties exist, which the program can set, and their shapes. Read from the package's `.d.ts`
 * files, so a resource type this repository never heard of still gets its outputs.
 *
 * The files follow one regular generated layout: a resource's `<module>/<resource>.d.ts` holds
 * the class (`readonly x: pulumi.Output<T>`, every output) and `<Resource>Args` (every input); an
 * output that is not an input is output-only (this matches the `resourceInputs["x"] = undefined
 * /*out*\/` entries of the constructors for all 421 resources of ten common modules). Nested
 * shapes live in `types/output.d.ts` and `types/input.d.ts`, one `export declare namespace
 * <module> {` per module; both are large (8.9 and 7.6 MB), so they are read only when a nested
 * shape is needed, each namespace is cut out only when first touched, and each interface is
 * parsed only when first asked for.
 */

/** A type expression, reduced to what generating a value of that shape needs. */
export type TypeExpr =
  | { kind: "string" | "number" | "boolean" | "any" }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "ref"; pkg: "inputs" | "outputs"; module: string; name: string }
  | { kind: "array"; element: TypeExpr }
  | { kind: "map"; value: TypeExpr }
  | { kind: "object"; fields: Fields }
  | { kind: "union"; options: TypeExpr[] };

export interface Field {
  type: TypeExpr;
  optional: boolean;
}

/** Property name -> declaration, in declaration order. */
export type Fields = Map<string, Field>;

/** One azure-native resource type: its outputs (class properties) and inputs (`Args`). */
export interface ResourceInfo {
  outputs: Fields;
  args: Fields;
  /** From the class comment "Uses Azure REST API version X." */
  apiVersion?: string;
}

const ANY: TypeExpr = { kind: "any" };
const STRING: TypeExpr = { kind: "string" };

/** A small lexer over the generated declarations: identifiers (dotted), strings, numbers, punctuation. */
class Lexer {
  private static readonly TOKEN =
    /\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\s*)*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[^\s])/y;
  private peeked: string | undefined;

  constructor(
    private readonly text: string,
    private pos: number,
  ) {}

  peek(): string {
    if (this.peeked === undefined) {
      Lexer.TOKEN.lastIndex = this.pos;
      const m = Lexer.TOKEN.exec(this.text);
      if (!m) throw new Error(`unexpected end of declarations at ${this.pos}`);
      this.peeked = m[1];
      this.pos = Lexer.TOKEN.lastIndex;
    }
    return this.peeked;
  }

  next(): string {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  expect(token: string): void {
    const got = this.next();
    if (got !== token) throw new Error(`expected '${token}' but found '${got}' at ${this.pos}`);
  }
}

function parseUnion(lx: Lexer): TypeExpr {
  if (lx.peek() === "|") lx.next();
  const options: TypeExpr[] = [];
  for (;;) {
    const t = parsePostfix(lx);
    if (t !== undefined) options.push(t);
    if (lx.peek() !== "|") break;
    lx.next();
  }
  if (options.length === 0) return ANY;
  return options.length === 1 ? options[0] : { kind: "union", options };
}

/** `undefined` and `null` come back as undefined: they only make a property optional. */
function parsePostfix(lx: Lexer): TypeExpr | undefined {
  let t = parsePrimary(lx);
  while (lx.peek() === "[") {
    lx.next();
    lx.expect("]");
    t = { kind: "array", element: t ?? ANY };
  }
  return t;
}

function parsePrimary(lx: Lexer): TypeExpr | undefined {
  const token = lx.next();
  if (token === "(") {
    const inner = parseUnion(lx);
    lx.expect(")");
    return inner;
  }
  if (token === "{") return parseObjectBody(lx);
  if (token.startsWith('"')) return { kind: "literal", value: JSON.parse(token) as string };
  if (/^-?\d/.test(token)) return { kind: "literal", value: Number(token) };
  let args: TypeExpr[] = [];
  if (lx.peek() === "<") {
    lx.next();
    args = [parseUnion(lx)];
    while (lx.peek() === ",") {
      lx.next();
      args.push(parseUnion(lx));
    }
    lx.expect(">");
  }
  switch (token) {
    case "undefined":
    case "null":
    case "void":
      return undefined;
    case "string":
    case "number":
    case "boolean":
    case "any":
      return { kind: token };
    case "true":
    case "false":
      return { kind: "literal", value: token === "true" };
    // Inputs accept an Output or a plain value; the shape is the type argument either way.
    case "pulumi.Input":
    case "pulumi.Output":
    case "Promise":
      return args[0] ?? ANY;
    case "Array":
      return { kind: "array", element: args[0] ?? ANY };
    case "Record":
      return { kind: "map", value: args[1] ?? ANY };
  }
  const parts = token.split(".");
  if (parts.length === 3 && (parts[0] === "inputs" || parts[0] === "outputs")) {
    return { kind: "ref", pkg: parts[0], module: parts[1], name: parts[2] };
  }
  // Enums are strings (or numbers) at run time; a value of the right shape is a string.
  if (parts[0] === "enums") return STRING;
  return ANY;
}

/** After `{`: members until `}`. An index signature makes the object a map. */
function parseObjectBody(lx: Lexer): TypeExpr {
  const fields: Fields = new Map();
  let map: TypeExpr | undefined;
  while (lx.peek() !== "}") {
    if (lx.peek() === "[") {
      // [key: string]: T;
      lx.next();
      lx.next();
      lx.expect(":");
      lx.next();
      lx.expect("]");
      lx.expect(":");
      map = parseUnion(lx);
    } else {
      const member = parseMember(lx);
      if (member) fields.set(member[0], member[1]);
    }
    if (lx.peek() === ";" || lx.peek() === ",") lx.next();
  }
  lx.expect("}");
  return map ? { kind: "map", value: map } : { kind: "object", fields };
}

/** `readonly? name?: type` (without the terminator); methods and statics are skipped. */
function parseMember(lx: Lexer): [string, Field] | undefined {
  let name = lx.next();
  if (name === "readonly") name = lx.next();
  if (name === "static" || name === "constructor" || lx.peek() === "(") {
    skipStatement(lx);
    return undefined;
  }
  if (name.startsWith('"')) name = JSON.parse(name) as string;
  let optional = false;
  if (lx.peek() === "?") {
    lx.next();
    optional = true;
  }
  if (lx.peek() === "(") {
    skipStatement(lx);
    return undefined;
  }
  lx.expect(":");
  const type = parseUnion(lx);
  return [name, { type, optional }];
}

/** Skips to the `;` that ends the current member, across nested brackets. */
function skipStatement(lx: Lexer): void {
  let depth = 0;
  for (;;) {
    const t = lx.peek();
    if (depth === 0 && (t === ";" || t === "}")) return;
    lx.next();
    // Angle brackets are left out: `=>` would close one that was never opened.
    if (t === "(" || t === "{" || t === "[") depth++;
    else if (t === ")" || t === "}" || t === "]") depth--;
  }
}

/** Parses the `{ ... }` body that starts at or after `offset`. */
function parseBodyAt(text: string, offset: number): Fields {
  const lx = new Lexer(text, text.indexOf("{", offset));
  lx.expect("{");
  const body = parseObjectBody(lx);
  return body.kind === "object" ? body.fields : new Map();
}

/** One installed copy of `@pulumi/azure-native`, read lazily and cached. */
export class AzureNativeTypes {
  private readonly moduleIndexes = new Map<string, Map<string, string>>();
  private readonly resources = new Map<string, ResourceInfo | undefined>();
  private readonly functions = new Map<string, Fields | undefined>();
  private readonly typeFiles = new Map<string, string>();
  private readonly namespaces = new Map<string, Map<string, { text: string; offset: number }>>();
  private readonly interfaces = new Map<string, Fields | undefined>();
  /** The same answers keyed by the parsed reference itself, which saves building the key. */
  private readonly byRef = new WeakMap<object, Fields | null>();

  constructor(readonly root: string) {}

  /** The copy a program at `projectDir` uses, else the gate's own; undefined when neither exists. */
  static locate(projectDir?: string): AzureNativeTypes | undefined {
    try {
      const manifest = require.resolve("@pulumi/azure-native/package.json", {
        paths: [...(projectDir ? [projectDir] : []), __dirname],
      });
      const root = path.dirname(manifest);
      let types = byRoot.get(root);
      if (!types) {
        types = new AzureNativeTypes(root);
        byRoot.set(root, types);
      }
      return types;
    } catch {
      return undefined;
    }
  }

  /** `azure-native:containerinstance:ContainerGroup` -> outputs, args, API version. */
  resource(type: string): ResourceInfo | undefined {
    if (this.resources.has(type)) return this.resources.get(type);
    let info: ResourceInfo | undefined;
    const text = this.declarationOf(type);
    const className = type.split(":")[2];
    if (text !== undefined) {
      const classAt = text.indexOf(`export declare class ${className} `);
      const argsAt = text.indexOf(`export interface ${className}Args {`);
      if (classAt >= 0) {
        info = {
          outputs: parseBodyAt(text, classAt),
          args: argsAt >= 0 ? parseBodyAt(text, argsAt) : new Map(),
          apiVersion: /Uses Azure REST API version ([\w-]+)\./.exec(text)?.[1],
        };
      }
    }
    this.resources.set(type, info);
    return info;
  }

  /** `azure-native:storage:listStorageAccountKeys` -> the fields of its `...Result`. */
  functionResult(token: string): Fields | undefined {
    if (this.functions.has(token)) return this.functions.get(token);
    let fields: Fields | undefined;
    const text = this.declarationOf(token);
    if (text !== undefined) {
      const m = /export interface \w+Result \{/.exec(text);
      if (m) fields = parseBodyAt(text, m.index);
    }
    this.functions.set(token, fields);
    return fields;
  }

  /** The fields of `inputs.<module>.<name>` or `outputs.<module>.<name>`. */
  fieldsOf(ref: Extract<TypeExpr, { kind: "ref" }>): Fields | undefined {
    const known = this.byRef.get(ref);
    if (known !== undefined) return known ?? undefined;
    const key = `${ref.pkg}.${ref.module}.${ref.name}`;
    let fields: Fields | undefined;
    if (this.interfaces.has(key)) {
      fields = this.interfaces.get(key);
    } else {
      const at = this.namespace(ref.pkg, ref.module).get(ref.name);
      fields = at ? parseBodyAt(at.text, at.offset) : undefined;
      this.interfaces.set(key, fields);
    }
    this.byRef.set(ref, fields ?? null);
    return fields;
  }

  /** The text of the file declaring a resource class or function, via the module's index. */
  private declarationOf(token: string): string | undefined {
    const [pkg, module, name] = token.split(":");
    if (pkg !== "azure-native" || !module || !name || module.includes("/")) return undefined;
    const file = this.moduleIndex(module).get(name);
    if (!file) return undefined;
    try {
      return fs.readFileSync(path.join(this.root, module, `${file}.d.ts`), "utf8");
    } catch {
      return undefined;
    }
  }

  /** Export name -> file, from `utilities.lazyLoad(exports, ["A", "AOutput"], () => require("./a"))`. */
  private moduleIndex(module: string): Map<string, string> {
    let index = this.moduleIndexes.get(module);
    if (index) return index;
    index = new Map();
    let js = "";
    try {
      js = fs.readFileSync(path.join(this.root, module, "index.js"), "utf8");
    } catch {
      // Not a module of this package: nothing is declared there.
    }
    for (const m of js.matchAll(
      /lazyLoad\(exports, \[([^\]]*)\], \(\) => require\("\.\/([\w-]+)"\)\)/g,
    )) {
      for (const name of m[1].matchAll(/"(\w+)"/g)) index.set(name[1], m[2]);
    }
    this.moduleIndexes.set(module, index);
    return index;
  }

  /** Interface name -> offset, for one module's namespace of `types/<pkg>.d.ts`. */
  private namespace(
    pkg: "inputs" | "outputs",
    module: string,
  ): Map<string, { text: string; offset: number }> {
    const key = `${pkg}.${module}`;
    let ns = this.namespaces.get(key);
    if (ns) return ns;
    ns = new Map();
    const file = pkg === "inputs" ? "input" : "output";
    let text = this.typeFiles.get(file);
    if (text === undefined) {
      try {
        text = fs.readFileSync(path.join(this.root, "types", `${file}.d.ts`), "utf8");
      } catch {
        text = "";
      }
      this.typeFiles.set(file, text);
    }
    const header = `\nexport declare namespace ${module} {\n`;
    const start = text.indexOf(header);
    if (start >= 0) {
      const end = text.indexOf("\n}\n", start + header.length);
      const slice = text.slice(start, end < 0 ? undefined : end);
      for (const m of slice.matchAll(/^ {4}interface (\w+) \{/gm)) {
        ns.set(m[1], { text: slice, offset: m.index });
      }
    }
    this.namespaces.set(key, ns);
    return ns;
  }
}

const byRoot = new Map<string, AzureNativeTypes>();
