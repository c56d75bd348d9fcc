/**
 * Checks a Pulumi project's config declarations and `pulumi new` template against the config keys
 * its program actually reads: the calls on `new pulumi.Config()` (the project's own namespace),
 * found in the program's syntax tree, not by searching text.
 */
import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";
import * as ts from "typescript";

/** Config getters of `pulumi.Config`; `require*` fail when the key is unset. */
const GETTERS = new Set(
  [
    "",
    "Boolean",
    "Number",
    "Object",
    "Secret",
    "SecretBoolean",
    "SecretNumber",
    "SecretObject",
  ].flatMap((suffix) => [`get${suffix}`, `require${suffix}`]),
);

/** One `config.get*("key")` / `config.require*("key")` call in a program. */
export interface ConfigRead {
  key: string;
  required: boolean;
  /** The literal the program falls back to (`config.get("k") ?? "literal"`), if any. */
  fallback?: string | number | boolean;
  /** `file:line` of the call. */
  at: string;
}

/** A program source file: its name (for messages) and text. */
export interface Source {
  file: string;
  text: string;
}

function literalValue(node: ts.Expression): string | number | boolean | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

/** `new pulumi.Config()` or `new Config()` with no argument: the project's own namespace. */
function isProjectConfig(node: ts.Expression | undefined): boolean {
  if (node === undefined || !ts.isNewExpression(node)) return false;
  const callee = node.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
  return name === "Config" && (node.arguments ?? []).length === 0;
}

/**
 * Every read of the project's config in `sources`. Throws when a getter of a project config is
 * called with a key that is not a string literal: such a program cannot be checked.
 */
export function configReads(sources: readonly Source[]): ConfigRead[] {
  const reads: ConfigRead[] = [];
  for (const { file, text } of sources) {
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const configVariables = new Set<string>();
    const visitDeclarations = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        if (isProjectConfig(node.initializer)) configVariables.add(node.name.text);
      }
      ts.forEachChild(node, visitDeclarations);
    };
    visitDeclarations(tree);
    const visitCalls = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        GETTERS.has(node.expression.name.text) &&
        ts.isIdentifier(node.expression.expression) &&
        configVariables.has(node.expression.expression.text)
      ) {
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const at = `${file}:${line}`;
        const [arg] = node.arguments;
        const key = arg === undefined ? undefined : literalValue(arg);
        if (typeof key !== "string") throw new Error(`${at}: config key is not a string literal`);
        const read: ConfigRead = {
          key,
          required: node.expression.name.text.startsWith("require"),
          at,
        };
        const parent = node.parent;
        if (
          ts.isBinaryExpression(parent) &&
          parent.left === node &&
          parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
        ) {
          const fallback = literalValue(parent.right);
          if (fallback !== undefined) read.fallback = fallback;
        }
        reads.push(read);
      }
      ts.forEachChild(node, visitCalls);
    };
    visitCalls(tree);
  }
  return reads;
}

/** What `Pulumi.yaml` (and the stack file) say about config. */
export interface ProjectDocs {
  /** Parsed Pulumi.yaml. */
  project: Record<string, any>;
  /** Parsed Pulumi.dev.yaml, if the project has one. */
  devStack?: Record<string, any>;
}

/** `key` without the project's own namespace (`ai-landing-zone:owner` -> `owner`). */
function ownKey(projectName: string, key: string): string | undefined {
  if (!key.includes(":")) return key;
  return key.startsWith(`${projectName}:`) ? key.slice(projectName.length + 1) : undefined;
}

/** Entries of a config mapping in the project's own namespace, keyed without it. */
function ownEntries(projectName: string, mapping: unknown): Map<string, any> {
  const entries = new Map<string, any>();
  for (const [key, value] of Object.entries((mapping ?? {}) as Record<string, any>)) {
    const own = ownKey(projectName, key);
    if (own !== undefined) entries.set(own, value);
  }
  return entries;
}

const same = (a: unknown, b: unknown) => String(a) === String(b);

/**
 * Every way the project's config docs disagree with its program, one line each; empty when they
 * agree:
 * - every key the program reads is declared in Pulumi.yaml `config:` with a description;
 * - a declared default equals the literal the program falls back to;
 * - a key the program requires has a declared default or a `pulumi new` prompt (a project without
 *   a `template:` section needs defaults), and the dev stack sets it when neither gives a value;
 * - a template has a description; each prompt has a description, asks for a key the program
 *   reads, and defaults (if at all) to the project's default.
 */
export function configProblems(docs: ProjectDocs, sources: readonly Source[]): string[] {
  const problems: string[] = [];
  const name = String(docs.project.name);
  const declared = ownEntries(name, docs.project.config);
  const template = docs.project.template as Record<string, any> | undefined;
  const prompts = ownEntries(name, template?.config);
  const devValues = ownEntries(name, docs.devStack?.config);
  const reads = configReads(sources);
  const readKeys = new Set(reads.map((r) => r.key));

  for (const read of reads) {
    const spec = declared.get(read.key);
    if (spec === undefined) {
      problems.push(`${read.at}: reads "${read.key}", which Pulumi.yaml config does not declare`);
      continue;
    }
    if (typeof spec?.description !== "string" || spec.description.trim() === "") {
      problems.push(`Pulumi.yaml config "${read.key}" has no description`);
    }
    const hasDefault = spec !== null && typeof spec === "object" && "default" in spec;
    if (hasDefault && read.fallback !== undefined && !same(spec.default, read.fallback)) {
      problems.push(
        `${read.at}: falls back to ${JSON.stringify(read.fallback)} for "${read.key}", Pulumi.yaml defaults to ${JSON.stringify(spec.default)}`,
      );
    }
    if (read.required && !hasDefault) {
      if (!prompts.has(read.key)) {
        problems.push(
          template
            ? `${read.at}: requires "${read.key}", which has no default and no template prompt`
            : `${read.at}: requires "${read.key}", which has no default (and the project has no template)`,
        );
      }
      if (!devValues.has(read.key)) {
        problems.push(`${read.at}: requires "${read.key}", which Pulumi.dev.yaml does not set`);
      }
    }
  }

  if (template) {
    if (typeof template.description !== "string" || template.description.trim() === "") {
      problems.push("template has no description");
    }
    for (const [key, prompt] of prompts) {
      if (typeof prompt?.description !== "string" || prompt.description.trim() === "") {
        problems.push(`template prompt "${key}" has no description`);
      }
      if (!readKeys.has(key))
        problems.push(`template prompts for "${key}", which the program never reads`);
      const spec = declared.get(key);
      if (
        prompt &&
        "default" in prompt &&
        spec &&
        "default" in spec &&
        !same(prompt.default, spec.default)
      ) {
        problems.push(
          `template prompt "${key}" defaults to ${JSON.stringify(prompt.default)}, Pulumi.yaml to ${JSON.stringify(spec.default)}`,
        );
      }
    }
  }
  return problems;
}

/** Reads a project folder: Pulumi.yaml, Pulumi.dev.yaml and its own TypeScript files. */
export function readProject(dir: string): { docs: ProjectDocs; sources: Source[] } {
  const load = (file: string) => yaml.load(fs.readFileSync(path.join(dir, file), "utf8")) as any;
  const docs: ProjectDocs = { project: load("Pulumi.yaml") };
  if (fs.existsSync(path.join(dir, "Pulumi.dev.yaml"))) docs.devStack = load("Pulumi.dev.yaml");
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), "utf8") }));
  return { docs, sources };
}
