// Entry point for `run-policy-pack` (package.json "main").
//
// Pulumi compiles a TypeScript pack with ts-node and full type checking, which here would parse
// the azure-native typings (600k+ lines, over 10 s) on every preview, although the pack only uses
// them as `import type`. The pack is type-checked by `tsc` in CI instead. This loader replaces
// that compiler with a transpile-only one whose output is cached by content hash under
// node_modules/.cache, so a start after the first one does no TypeScript work at all. Before
// loading the pack it installs `structMemo.js`, which spares the SDK repeated protobuf work.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const TSCONFIG_TEXT = fs.readFileSync(path.join(__dirname, "tsconfig.json"), "utf8");
const TS_VERSION = require("typescript/package.json").version;
const CACHE_DIR = path.join(__dirname, "node_modules", ".cache", "waf-policy-pack");

let compilerOptions;

function transpile(source, filename) {
  const key = crypto
    .createHash("sha256")
    .update([TS_VERSION, TSCONFIG_TEXT, filename, source].join("\0"))
    .digest("hex");
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // Not cached yet.
  }
  const ts = require("typescript");
  if (compilerOptions === undefined) {
    const json = JSON.parse(TSCONFIG_TEXT).compilerOptions;
    compilerOptions = ts.convertCompilerOptionsFromJson(json, __dirname).options;
  }
  const output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  } catch {
    // A read-only pack folder only loses the cache.
  }
  return output;
}

require.extensions[".ts"] = function loadTypeScript(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
};

require("./structMemo").memoizeStructs();
require("./index.ts");
