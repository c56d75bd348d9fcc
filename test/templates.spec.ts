import * as assert from "assert";
import * as path from "path";
import { configProblems, configReads, ProjectDocs, readProject } from "./helpers/projectConfig";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLES = [
  "examples/defaults",
  "examples/waf-aligned",
  "examples/blue-green-rollout",
  "examples/aks-inference",
  "examples/bring-your-own-network",
  "examples/hub-spoke",
  "examples/genai-rag",
];

describe("pulumi new templates and config docs match the config each program reads", () => {
  for (const dir of [".", ...EXAMPLES]) {
    it(`${dir}: every key read is declared, every required key is prompted or defaulted`, () => {
      const { docs, sources } = readProject(path.join(ROOT, dir));
      const reads = configReads(sources);
      assert.ok(reads.length >= 8, `only ${reads.length} config reads found in ${dir}`);
      assert.deepStrictEqual(configProblems(docs, sources), []);
    });
  }

  for (const dir of EXAMPLES) {
    it(`${dir} is a pulumi new template prompting for every key without a default`, () => {
      const { docs, sources } = readProject(path.join(ROOT, dir));
      const template = docs.project.template;
      assert.ok(template, `${dir}/Pulumi.yaml has no template section`);
      const declared = docs.project.config as Record<string, any>;
      const mustPrompt = configReads(sources)
        .filter((r) => r.required && !("default" in (declared[r.key] ?? {})))
        .map((r) => r.key);
      assert.ok(mustPrompt.length >= 3, `${dir} requires only ${mustPrompt.join(", ")}`);
      for (const key of mustPrompt) assert.ok(key in template.config, `no prompt for ${key}`);
    });
  }
});

describe("configProblems", () => {
  const program = (body: string) => [
    {
      file: "index.ts",
      text: `import * as pulumi from "@pulumi/pulumi";\nconst config = new pulumi.Config();\n${body}\n`,
    },
  ];
  const docs = (config: Record<string, any>, template?: Record<string, any>): ProjectDocs => ({
    project: { name: "lz", config, ...(template ? { template } : {}) },
    devStack: { config: { "lz:owner": "team" } },
  });
  const owner = { type: "string", description: "Owning team" };
  const region = { type: "string", default: "swedencentral", description: "Azure region" };

  it("accepts a program whose required key is prompted and set in the dev stack", () => {
    const sources = program(`config.require("owner");\nconfig.get("location") ?? "swedencentral";`);
    const template = { description: "A zone", config: { owner: { description: "Team" } } };
    assert.deepStrictEqual(
      configProblems(docs({ owner, location: region }, template), sources),
      [],
    );
  });

  it("reports a required key without a default that the template does not prompt for", () => {
    const sources = program(`config.require("owner");`);
    const template = { description: "A zone", config: {} };
    assert.deepStrictEqual(configProblems(docs({ owner }, template), sources), [
      `index.ts:3: requires "owner", which has no default and no template prompt`,
    ]);
  });

  it("reports a required key without a default in a project without a template", () => {
    const sources = program(`config.requireNumber("owner");`);
    assert.deepStrictEqual(configProblems(docs({ owner }), sources), [
      `index.ts:3: requires "owner", which has no default (and the project has no template)`,
    ]);
  });

  it("reports undeclared keys, stale prompts, mismatched defaults and missing descriptions", () => {
    const sources = program(
      `config.getSecret("token");\nconfig.get("location") ?? "westeurope";\nconfig.require("owner");`,
    );
    const template = {
      config: {
        owner: { description: "Team" },
        location: { description: "Region", default: "northeurope" },
        size: {},
      },
    };
    assert.deepStrictEqual(configProblems(docs({ owner, location: region }, template), sources), [
      `index.ts:3: reads "token", which Pulumi.yaml config does not declare`,
      `index.ts:4: falls back to "westeurope" for "location", Pulumi.yaml defaults to "swedencentral"`,
      "template has no description",
      `template prompt "location" defaults to "northeurope", Pulumi.yaml to "swedencentral"`,
      `template prompt "size" has no description`,
      `template prompts for "size", which the program never reads`,
    ]);
  });

  it("reports a required key the dev stack leaves unset, and keys it cannot check", () => {
    const sources = program(`config.require("costCenter");`);
    const costCenter = { type: "string", description: "Cost center" };
    const template = { description: "A zone", config: { costCenter: { description: "CC" } } };
    assert.deepStrictEqual(configProblems(docs({ costCenter }, template), sources), [
      `index.ts:3: requires "costCenter", which Pulumi.dev.yaml does not set`,
    ]);
    assert.throws(
      () => configReads(program(`const key = "owner";\nconfig.require(key);`)),
      /index.ts:4: config key is not a string literal/,
    );
  });

  it("ignores reads of other namespaces", () => {
    const sources = [
      {
        file: "index.ts",
        text: `import * as pulumi from "@pulumi/pulumi";\nconst azure = new pulumi.Config("azure-native");\nazure.require("location");\n`,
      },
    ];
    assert.deepStrictEqual(configReads(sources), []);
  });
});
