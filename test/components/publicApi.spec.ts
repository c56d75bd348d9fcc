/**
 * The package's public API is `components/index.ts`: the README lists exactly its names, and
 * every type that a public component's arguments or outputs name is among them, so a consumer
 * can name it. Read from the source text with the TypeScript parser (no type checker: fast).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "../..");
const COMPONENTS = path.join(ROOT, "components");
const INDEX = path.join(COMPONENTS, "index.ts");
const README = path.join(ROOT, "README.md");

/** A top-level declaration: the file and the name it has there. */
interface Declaration {
  file: string;
  name: string;
  nodes: ts.Node[];
}

interface Module {
  /** Top-level declarations by name. */
  locals: Map<string, ts.Node[]>;
  /** Imported names: where from (undefined for a package) and the name there (`*`: namespace). */
  imports: Map<string, { file?: string; name: string }>;
  /** Exported names: the module and the name there. */
  exports: Map<string, { file: string; name: string }>;
  /** Modules re-exported with `export *`. */
  starExports: string[];
  /** Whether the module re-exports another with `export *`. */
  exportsStar: boolean;
}

const modules = new Map<string, Module>();

/** The file a relative module specifier names, or undefined for a package. */
function moduleFile(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function moduleOf(file: string): Module {
  const cached = modules.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const m: Module = {
    locals: new Map(),
    imports: new Map(),
    exports: new Map(),
    starExports: [],
    exportsStar: false,
  };
  const local = (name: string, node: ts.Node) => {
    m.locals.set(name, [...(m.locals.get(name) ?? []), node]);
    if (hasExportModifier(node)) m.exports.set(name, { file, name });
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = moduleFile(file, statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        m.imports.set(bindings.name.text, { file: from, name: "*" });
      } else if (bindings) {
        for (const e of bindings.elements) {
          m.imports.set(e.name.text, { file: from, name: (e.propertyName ?? e.name).text });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const from =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? moduleFile(file, statement.moduleSpecifier.text)
          : file;
      if (statement.exportClause === undefined) {
        m.exportsStar = true;
        if (from !== undefined) m.starExports.push(from);
      } else if (ts.isNamedExports(statement.exportClause) && from !== undefined) {
        for (const e of statement.exportClause.elements) {
          m.exports.set(e.name.text, { file: from, name: (e.propertyName ?? e.name).text });
        }
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) local(d.name.text, statement);
      }
    } else if (
      (ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isFunctionDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      local(statement.name.text, statement);
    }
  }
  modules.set(file, m);
  return m;
}

/** The declaration a name in `file`'s scope stands for, or undefined (a package or a global). */
function resolveLocal(file: string, name: string): Declaration | undefined {
  const m = moduleOf(file);
  const nodes = m.locals.get(name);
  if (nodes) return { file, name, nodes };
  const imported = m.imports.get(name);
  return imported?.file === undefined ? undefined : resolveExport(imported.file, imported.name);
}

/** The declaration behind the name `file` exports, or undefined. */
function resolveExport(file: string, name: string): Declaration | undefined {
  const m = moduleOf(file);
  const target = m.exports.get(name);
  if (target) {
    return target.file === file
      ? resolveLocal(file, target.name)
      : resolveExport(target.file, target.name);
  }
  for (const star of m.starExports) {
    const found = resolveExport(star, name);
    if (found) return found;
  }
  return undefined;
}

function isHidden(member: ts.ClassElement): boolean {
  const hidden = [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword];
  return (
    (member.name !== undefined && ts.isPrivateIdentifier(member.name)) ||
    (ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : []).some((m) =>
      hidden.includes(m.kind),
    )
  );
}

/** The parts of a declaration a consumer sees: a class's public constructor and members. */
function visibleParts(node: ts.Node): (ts.Node | undefined)[] {
  if (ts.isClassDeclaration(node)) {
    return [
      ...(node.heritageClauses ?? []),
      ...node.members
        .filter((member) => !isHidden(member))
        .flatMap((member) =>
          ts.isConstructorDeclaration(member) || ts.isMethodDeclaration(member)
            ? [...member.parameters.map((p) => p.type), member.type]
            : ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)
              ? [member.type]
              : [],
        ),
    ];
  }
  if (ts.isFunctionDeclaration(node)) return [...node.parameters.map((p) => p.type), node.type];
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.type);
  return [node];
}

/** The declarations the type references in `node` (a part of `file`) stand for. */
function referencesIn(file: string, node: ts.Node | undefined): Declaration[] {
  const found: Declaration[] = [];
  const visit = (n: ts.Node): void => {
    let name: ts.EntityName | ts.Expression | undefined;
    if (ts.isTypeReferenceNode(n)) name = n.typeName;
    else if (ts.isExpressionWithTypeArguments(n)) name = n.expression;
    if (name !== undefined) {
      const d = resolveName(file, name);
      if (d) found.push(d);
    }
    ts.forEachChild(n, visit);
  };
  if (node) visit(node);
  return found;
}

/** `X` or `ns.X`, where `ns` is a namespace import of a module of this repository. */
function resolveName(file: string, name: ts.EntityName | ts.Expression): Declaration | undefined {
  if (ts.isIdentifier(name)) return resolveLocal(file, name.text);
  const [left, right] = ts.isQualifiedName(name)
    ? [name.left, name.right]
    : ts.isPropertyAccessExpression(name)
      ? [name.expression, name.name]
      : [undefined, undefined];
  if (left === undefined || right === undefined || !ts.isIdentifier(left)) return undefined;
  const namespace = moduleOf(file).imports.get(left.text);
  return namespace?.name === "*" && namespace.file !== undefined
    ? resolveExport(namespace.file, right.text)
    : undefined;
}

const isType = (d: Declaration) =>
  d.nodes.some(
    (n) =>
      ts.isInterfaceDeclaration(n) ||
      ts.isTypeAliasDeclaration(n) ||
      ts.isClassDeclaration(n) ||
      ts.isEnumDeclaration(n),
  );

/** Every type declared under components/ that the given exports name, directly or through others. */
function namedTypes(roots: Declaration[]): Declaration[] {
  const seen = new Map<string, Declaration>();
  const queue = [...roots];
  for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
    const key = `${path.relative(ROOT, d.file)}#${d.name}`;
    if (seen.has(key) || !d.file.startsWith(COMPONENTS)) continue;
    seen.set(key, d);
    const file = d.file;
    queue.push(...d.nodes.flatMap(visibleParts).flatMap((part) => referencesIn(file, part)));
  }
  return [...seen.values()].filter(isType);
}

/** The identifiers written in backticks in the README's "Public API" section. */
function readmeListing(): string[] {
  const text = fs.readFileSync(README, "utf8");
  const start = text.indexOf("\n## Public API\n");
  assert.ok(start >= 0, "README.md has no '## Public API' section");
  const section = text.slice(start + 1).split(/\n## /)[0];
  return [...section.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]);
}

describe("the public API (components/index.ts)", () => {
  const index = moduleOf(INDEX);
  const names = [...index.exports.keys()].sort();

  it("names every export; nothing reaches the package through export *", () => {
    assert.strictEqual(index.exportsStar, false);
    assert.ok(names.length > 0);
    for (const name of names) {
      assert.ok(resolveExport(INDEX, name), `${name} is exported but declared nowhere`);
    }
  });

  it("is what the README's Public API section lists", () => {
    const listed = readmeListing();
    assert.deepStrictEqual(
      listed.filter((n, i) => listed.indexOf(n) !== i),
      [],
      "the README lists a name twice",
    );
    assert.deepStrictEqual([...listed].sort(), names);
  });

  it("exports every type that a public component's arguments or outputs name", () => {
    const roots = names.map((name) => resolveExport(INDEX, name) as Declaration);
    // Types declared in index.ts itself are public by definition (JobDefinition names the type
    // of RetrainingScheduleArgs.jobDefinition, which its module declares without exporting).
    const types = namedTypes(roots).filter((t) => t.file !== INDEX);
    // The walk reaches through the arguments to the shared blocks, so it must see far more than
    // the roots: a resolver that found nothing would pass an empty list.
    assert.ok(types.length > 90, `only ${types.length} types found`);
    const byName = new Map<string, string[]>();
    for (const t of types) {
      byName.set(t.name, [...(byName.get(t.name) ?? []), path.relative(ROOT, t.file)]);
    }
    assert.deepStrictEqual(
      [...byName].filter(([, files]) => files.length > 1),
      [],
      "two public types share a name",
    );
    assert.deepStrictEqual(
      types
        .filter((t) => !index.exports.has(t.name))
        .map((t) => `${t.name} (${path.relative(ROOT, t.file)})`),
      [],
    );
  });

  it("finds a type that only a nested argument names", () => {
    // InferenceClusterArgs -> SystemPoolArgs, which extends NodePoolArgs -> AvailabilityZone[]
    const types = namedTypes([resolveExport(INDEX, "InferenceCluster") as Declaration]);
    for (const name of ["InferenceClusterArgs", "SystemPoolArgs", "AvailabilityZone", "Tags"]) {
      assert.ok(
        types.some((t) => t.name === name),
        `${name} not reached from InferenceCluster`,
      );
    }
  });
});
