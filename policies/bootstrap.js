// Entry point for `run-policy-pack`. Pulumi compiles TypeScript packs with full type checking,
// which here would parse the azure-native typings (600k+ lines, over 10 s) on every preview
// although the pack only uses them as `import type`. The pack is type-checked by `tsc` in CI,
// so the type-checking compiler Pulumi registered is switched off and the pack is loaded with a
// transpile-only one, which keeps the start-up under 2 s.
"use strict";
const path = require("path");
const tsNode = require("ts-node");

const outer = process[tsNode.REGISTER_INSTANCE];
if (outer !== undefined && typeof outer.enabled === "function") outer.enabled(false);
tsNode.register({ transpileOnly: true, project: path.join(__dirname, "tsconfig.json") });
require("./index.ts");
