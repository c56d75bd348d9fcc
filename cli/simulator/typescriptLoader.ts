import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GateError } from "../errors";
import { rememberSourceMap } from "./sourceMaps";

/**
 * Loads a program's TypeScript files: each is transpiled alone (no type checking: the gate is
 * about the resources a program declares, and `tsc` is the tool for type errors), with the
 * project's compiler options, and the output is cached on disk by content hash, so a preview
 * after the first one does no TypeScript work at all. Files under `node_modules` are left to
 * whatever loader was there before, as ts-node leaves them.
 */

type TypeScript = typeof import("typescript");
type Loader = (module: NodeJS.Module, filename: string) => void;
type Internal = NodeJS.Module & { _compile(code: string, filename: string): void };

interface Compiled {
  code: string;
  mappings: string;
}

/** `typescript` from the project's own dependencies, else the gate's. */
function loadTypeScript(project: { dir: string; main: string }): TypeScript {
  let found: string;
  try {
    found = require.resolve("typescript", { paths: [project.dir, __dirname] });
  } catch {
    throw new GateError(
      project.main,
      "is TypeScript but the typescript package is not installed (npm install --save-dev typescript)",
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(found);
}

/**
 * The program's compiler options, set up for Node: the nearest tsconfig.json at or above the
 * project folder (`extends` followed), as ts-node finds it; without one, the defaults ts-node
 * takes for Node 20 (ES2022, ES module interop).
 */
function compilerOptions(ts: TypeScript, dir: string): import("typescript").CompilerOptions {
  const file = ts.findConfigFile(dir, ts.sys.fileExists);
  const base = file
    ? (ts.readConfigFile(file, ts.sys.readFile).config ?? {})
    : { compilerOptions: { target: "ES2022", esModuleInterop: true } };
  // Only the options matter here: an empty file list spares enumerating the project.
  const config = { compilerOptions: base.compilerOptions, extends: base.extends, files: [] };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, file ? path.dirname(file) : dir);
  return {
    ...parsed.options,
    module: ts.ModuleKind.CommonJS,
    sourceMap: true,
    inlineSourceMap: false,
    inlineSources: false,
    declaration: false,
    declarationMap: false,
    noEmit: false,
    emitDeclarationOnly: false,
  };
}

/** The nearest `node_modules/.cache/ailz` above `dir` (where tools keep caches), else a temp folder. */
function cacheDir(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "node_modules"))) {
      return path.join(d, "node_modules", ".cache", "ailz", "transpiled");
    }
    if (path.dirname(d) === d) return path.join(os.tmpdir(), "ailz-transpiled");
  }
}

/**
 * Installs the loader for `.ts` files while a program runs; returns the function that puts the
 * previous loader back.
 */
export function installTypeScriptLoader(project: { dir: string; main: string }): () => void {
  const ts = loadTypeScript(project);
  const options = compilerOptions(ts, project.dir);
  const cache = cacheDir(project.dir);
  const salt = `${ts.version}\0${JSON.stringify(options)}`;

  const compile = (source: string, filename: string): Compiled => {
    const key = createHash("sha256").update(`${salt}\0${filename}\0${source}`).digest("hex");
    const cached = path.join(cache, `${key}.json`);
    try {
      return JSON.parse(fs.readFileSync(cached, "utf8")) as Compiled;
    } catch {
      // Not compiled yet.
    }
    const out = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
    const compiled: Compiled = {
      // The map stays in memory; the comment pointing at a .map file would point at nothing.
      code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"),
      mappings: JSON.parse(out.sourceMapText ?? "{}").mappings ?? "",
    };
    try {
      fs.mkdirSync(cache, { recursive: true });
      const partial = `${cached}.${process.pid}`;
      fs.writeFileSync(partial, JSON.stringify(compiled));
      fs.renameSync(partial, cached);
    } catch {
      // A read-only folder only loses the cache.
    }
    return compiled;
  };

  const extensions = require.extensions as unknown as Record<string, Loader | undefined>;
  const previous = extensions[".ts"];
  const loader: Loader = (module, filename) => {
    if (filename.split(path.sep).includes("node_modules") && previous) {
      previous(module, filename);
      return;
    }
    const { code, mappings } = compile(fs.readFileSync(filename, "utf8"), filename);
    rememberSourceMap(filename, mappings);
    (module as Internal)._compile(code, filename);
  };
  extensions[".ts"] = loader;
  return () => {
    if (extensions[".ts"] === loader) extensions[".ts"] = previous;
  };
}
