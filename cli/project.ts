import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";
import { GateError } from "./errors";

/** A Pulumi project as `ailz preview` runs it. */
export interface Project {
  /** Absolute project folder. */
  dir: string;
  /** `name` from Pulumi.yaml. */
  name: string;
  /** `description` from Pulumi.yaml, if any. */
  description?: string;
  /** Absolute path of the program entry file. */
  main: string;
  /** Stack name. */
  stack: string;
  /** Resolved config, keyed `namespace:key`, values as Pulumi passes them (strings; objects as JSON). */
  config: Record<string, string>;
  /** Config keys whose values are secrets (simulated: the real ciphertext cannot be read). */
  secretKeys: string[];
  /** Stack tags from the `pulumi:tags` config key. */
  tags: Record<string, string>;
}

/** The placeholder a `secure:` config value takes: an offline run cannot decrypt it. */
export const SIMULATED_SECRET = "simulated-secret-value";

function readYaml(file: string): Record<string, any> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new GateError(file, `cannot read the file (${(err as NodeJS.ErrnoException).code})`, err);
  }
  try {
    // YAML 1.2's core schema, as Pulumi reads these files: an unquoted 2024-11-20 stays the
    // text the program gets, not a timestamp.
    const doc = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (doc === undefined || doc === null) return {};
    if (typeof doc !== "object" || Array.isArray(doc)) throw new Error("expected a mapping");
    return doc as Record<string, any>;
  } catch (err) {
    throw new GateError(file, `is not valid YAML: ${(err as Error).message.split("\n")[0]}`, err);
  }
}

/** `key` -> `project:key`; keys that already carry a namespace are kept. */
function qualify(project: string, key: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

/** Pulumi hands config values to programs as strings; structured values travel as JSON. */
function configString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Finds the entry file the way the Node.js language host does: `main`, then index.ts / index.js. */
function resolveMain(dir: string, main: unknown, yamlFile: string): string {
  if (main !== undefined && typeof main !== "string") {
    throw new GateError(yamlFile, "`main` must be a string");
  }
  const base = path.resolve(dir, main ?? ".");
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.js`,
    path.join(base, "index.ts"),
    path.join(base, "index.js"),
  ];
  if (!main) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const pkgMain = JSON.parse(fs.readFileSync(pkg, "utf8")).main;
      if (typeof pkgMain === "string") candidates.unshift(path.resolve(dir, pkgMain));
    }
  }
  const found = candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  if (!found) {
    throw new GateError(
      yamlFile,
      main
        ? `cannot find the program entry: main is "${main}", which is neither a file nor a folder with index.ts/index.js`
        : "cannot find the program entry: no main, and no index.ts or index.js in the project folder",
    );
  }
  return found;
}

/**
 * Reads `Pulumi.yaml` and `Pulumi.<stack>.yaml` from `dir` and merges config: project defaults,
 * then stack values, then `overrides` (from `--config`), later winning.
 */
export function loadProject(
  dir: string,
  stack: string,
  overrides: Array<[string, string]>,
): Project {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    throw new GateError(dir, "is not a folder");
  }
  const yamlFile = ["Pulumi.yaml", "Pulumi.yml"]
    .map((f) => path.join(abs, f))
    .find((f) => fs.existsSync(f));
  if (!yamlFile) {
    throw new GateError(
      path.join(dir, "Pulumi.yaml"),
      "not found; PROJECT_DIR must hold a Pulumi project",
    );
  }
  const doc = readYaml(yamlFile);
  if (typeof doc.name !== "string" || doc.name === "") {
    throw new GateError(yamlFile, "has no project `name`");
  }
  const runtime = typeof doc.runtime === "string" ? doc.runtime : doc.runtime?.name;
  if (runtime !== "nodejs") {
    throw new GateError(
      yamlFile,
      `runtime is "${runtime}"; ailz runs only nodejs (TypeScript or JavaScript) programs`,
    );
  }
  const name: string = doc.name;
  const config: Record<string, string> = {};
  const secretKeys = new Set<string>();
  // Project-level config: `key: value` or `key: { type, default, secret }`.
  for (const [key, spec] of Object.entries<any>(doc.config ?? {})) {
    const value =
      spec !== null &&
      typeof spec === "object" &&
      !Array.isArray(spec) &&
      ("default" in spec || "type" in spec)
        ? spec.default
        : spec;
    if (value !== undefined) config[qualify(name, key)] = configString(value);
  }
  const stackFile = path.join(abs, `Pulumi.${stack}.yaml`);
  let tags: Record<string, string> = {};
  if (fs.existsSync(stackFile)) {
    const stackDoc = readYaml(stackFile);
    for (const [key, value] of Object.entries<any>(stackDoc.config ?? {})) {
      const qualified = qualify(name, key);
      if (qualified === "pulumi:tags") {
        tags = Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, String(v)]));
        continue;
      }
      if (value !== null && typeof value === "object" && "secure" in value) {
        config[qualified] = SIMULATED_SECRET;
        secretKeys.add(qualified);
      } else {
        config[qualified] = configString(value);
      }
    }
  }
  for (const [key, value] of overrides) config[qualify(name, key)] = value;
  return {
    dir: abs,
    name,
    description: typeof doc.description === "string" ? doc.description : undefined,
    main: resolveMain(abs, doc.main, yamlFile),
    stack,
    config,
    secretKeys: [...secretKeys],
    tags,
  };
}
