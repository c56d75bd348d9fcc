"use strict";
// The engine starts a Node.js plugin with `@pulumi/pulumi/cmd/run-plugin <this folder> <engine>`,
// which requires the folder: package.json `main` lands here. A built package (the npm tarball, or
// a clone after `npm ci`) runs the compiled provider from dist/. A source checkout without a build,
// or AILZ_PROVIDER_FROM_SOURCE=1 (the specs), runs the TypeScript through ts-node without
// type-checking: run-plugin registers a type-checking ts-node, which would check the whole
// component tree on every start, so it is replaced (`npm test` type-checks the sources).
const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "dist", "provider", "index.js");
const fromSource = process.env.AILZ_PROVIDER_FROM_SOURCE === "1" || !fs.existsSync(compiled);
if (fromSource) {
  const tsNode = require("ts-node");
  process[tsNode.REGISTER_INSTANCE]?.enabled(false);
  tsNode.register({ transpileOnly: true, project: path.join(__dirname, "tsconfig.json") });
}
require(fromSource ? path.join(__dirname, "index.ts") : compiled).serve(__dirname);
