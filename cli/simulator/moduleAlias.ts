import * as fs from "fs";
import * as path from "path";
import Module from "module";

/**
 * Lets a program inside a package's own repository import that package by its name before it is
 * installed or built: the examples of a library (`import { X } from "ai-landing-zone"` in
 * `examples/defaults/index.ts`) preview against the library's source.
 *
 * Only a bare package name that Node cannot resolve, imported from a file of the project itself,
 * is redirected: an installed copy always wins. The target is found in the nearest ancestor
 * folder whose `package.json` has that name: the `paths` entry for the name in that folder's
 * `tsconfig.json` (TypeScript's own mapping), else the package's `main` when it exists.
 */

type ResolveFilename = (
  request: string,
  parent: NodeModule | undefined,
  isMain: boolean,
  options?: unknown,
) => string;

const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };

/** `name` of a bare specifier (`pkg`, `@scope/pkg`), or undefined for paths and subpaths. */
export function bareName(request: string): string | undefined {
  if (request.startsWith(".") || path.isAbsolute(request) || request.startsWith("node:"))
    return undefined;
  const parts = request.split("/");
  const length = request.startsWith("@") ? 2 : 1;
  return parts.length === length && parts.every((p) => p !== "") ? request : undefined;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** The entry a package's own folder gives for `name`: its tsconfig `paths` entry, else `main`. */
function entryIn(dir: string, name: string, pkg: any): string | undefined {
  const options = readJson(path.join(dir, "tsconfig.json"))?.compilerOptions;
  const mapped: unknown = options?.paths?.[name]?.[0];
  if (typeof mapped === "string") {
    const file = path.resolve(dir, options.baseUrl ?? ".", mapped);
    if (fs.existsSync(file)) return file;
  }
  if (typeof pkg.main === "string") {
    const main = path.resolve(dir, pkg.main);
    if (fs.existsSync(main)) return main;
  }
  return undefined;
}

/** The source entry of package `name` when `fromDir` lies inside that package's folder. */
export function findPackageSource(name: string, fromDir: string): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const pkg = readJson(path.join(dir, "package.json"));
    if (pkg?.name === name) return entryIn(dir, name, pkg);
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isInside(file: string | undefined, dir: string): boolean {
  if (file === undefined) return false;
  const rel = path.relative(dir, file);
  return (
    !rel.startsWith("..") && !path.isAbsolute(rel) && !rel.split(path.sep).includes("node_modules")
  );
}

/**
 * Installs the redirect for imports from files under `projectDir`; returns the function that
 * removes it.
 */
export function installPackageSourceAliases(projectDir: string): () => void {
  const original = moduleInternals._resolveFilename;
  const found = new Map<string, string | undefined>();
  moduleInternals._resolveFilename = function (request, parent, isMain, options) {
    try {
      return original.call(this, request, parent, isMain, options);
    } catch (err) {
      const name = bareName(request);
      if (
        (err as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND" ||
        name === undefined ||
        !isInside(parent?.filename, projectDir)
      )
        throw err;
      if (!found.has(name)) found.set(name, findPackageSource(name, projectDir));
      const target = found.get(name);
      if (target === undefined) throw err;
      return original.call(this, target, parent, isMain, options);
    }
  };
  return () => {
    moduleInternals._resolveFilename = original;
  };
}
