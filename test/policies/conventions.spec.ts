import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  ANCHOR_PREFIXES,
  defaultEnforcementLevel,
  PILLARS,
  PRINCIPLES,
  PrincipleSlug,
  WafPolicy,
} from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import { WAF_DESIGN_PRINCIPLES } from "../fixtures/wafDesignPrinciples";

const POLICIES_DIR = path.join(__dirname, "../../policies");
const RULES_DIR = path.join(POLICIES_DIR, "rules");
const RULE_SPECS_DIR = path.join(__dirname, "rules");
const POLICY_GUIDE = path.join(__dirname, "../../docs/policies.md");

/**
 * Where a policy lives. A name that starts with one of a folder's prefixes belongs in that folder,
 * and its file is the rest of the name in camelCase; the folders without a prefix hold the names
 * no prefix claims, and their files are the whole name in camelCase. The export is always the
 * whole name in camelCase. docs/policies.md ("Names, files and exports") shows this table.
 */
const FOLDER_PREFIXES: Record<string, readonly string[]> = {
  aks: ["aks-"],
  apimanagement: ["apim-"],
  cognitiveservices: ["ai-", "openai-"],
  compute: ["vm-"],
  containerregistry: ["acr-"],
  cosmosdb: ["cosmos-"],
  governance: [],
  keyvault: ["key-vault-"],
  ml: ["aml-"],
  monitor: [],
  network: [],
  search: ["search-"],
  storage: ["storage-"],
};

/** `key-vault-purge-protection` becomes `keyVaultPurgeProtection`. */
function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The folder (undefined: one of those without a prefix), file and export a policy name gives. */
function placeOf(name: string): { folder?: string; file: string; exportName: string } {
  for (const [folder, prefixes] of Object.entries(FOLDER_PREFIXES)) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix !== undefined) {
      return { folder, file: camelCase(name.slice(prefix.length)), exportName: camelCase(name) };
    }
  }
  return { file: camelCase(name), exportName: camelCase(name) };
}

function isPolicy(value: unknown): value is WafPolicy {
  return typeof value === "object" && value !== null && "meta" in value && "name" in value;
}

/** A module's exports, loaded as the pack loads them. */
function exportsOf(file: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Record<string, unknown>;
}

interface RuleFile {
  folder: string;
  /** The file name without `.ts`. */
  file: string;
  exports: Record<string, unknown>;
}

/** The rule folders under policies/rules. */
function ruleFolders(): string[] {
  return fs
    .readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}

/** Every file beside a rule folder's index.ts, with its exports. */
function ruleFiles(): RuleFile[] {
  return ruleFolders().flatMap((folder) =>
    fs
      .readdirSync(path.join(RULES_DIR, folder))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => ({
        folder,
        file: f.slice(0, -3),
        exports: exportsOf(path.join(RULES_DIR, folder, f)),
      })),
  );
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : tsFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

function tagsWith(policy: WafPolicy, prefix: string): string[] {
  return (policy.tags ?? []).filter((t) => t.startsWith(`${prefix}:`));
}

describe("policy conventions", () => {
  it("has at least 60 policies with unique names", () => {
    const names = allPolicies.map((p) => p.name);
    assert.deepStrictEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
    );
    assert.ok(allPolicies.length >= 60, `only ${allPolicies.length} policies`);
  });

  it("covers every WAF pillar", () => {
    const covered = new Set(allPolicies.map((p) => p.meta.pillar));
    assert.deepStrictEqual(
      PILLARS.filter((p) => !covered.has(p)),
      [],
    );
  });

  it("keeps exemptions-valid first and exemptions-report last", () => {
    assert.strictEqual(allPolicies[0].name, "exemptions-valid");
    assert.strictEqual(allPolicies[allPolicies.length - 1].name, "exemptions-report");
  });

  it("lists each WAF design principle with its pillar, as the pillar tables name them", () => {
    const entries = Object.entries(PRINCIPLES);
    for (const [slug] of entries) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.deepStrictEqual([...PILLARS].sort(), Object.keys(WAF_DESIGN_PRINCIPLES).sort());
    for (const pillar of PILLARS) {
      assert.deepStrictEqual(
        entries.filter(([, p]) => p.pillar === pillar).map(([, p]) => p.title),
        WAF_DESIGN_PRINCIPLES[pillar],
        `the ${pillar} principles differ from the pillar table`,
      );
    }
  });

  for (const policy of allPolicies) {
    describe(policy.name, () => {
      it("has a kebab-case name that is not reserved", () => {
        assert.match(policy.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.notStrictEqual(policy.name, "all");
        assert.ok(policy.name.length <= 100);
      });

      it("has a one-sentence description", () => {
        assert.match(policy.description, /^[A-Z][^\n]*\.$/);
        assert.doesNotMatch(policy.description.slice(0, -1), /[.!?]\s+[A-Z]/);
      });

      it("has severity, remediation steps and an https url", () => {
        assert.ok(["low", "medium", "high", "critical"].includes(String(policy.severity)));
        assert.ok((policy.remediationSteps ?? "").length > 10);
        assert.match(policy.url ?? "", /^https:\/\/\S+$/);
      });

      it("tags one valid pillar and a principle of that pillar", () => {
        const pillars = tagsWith(policy, "waf");
        assert.deepStrictEqual(pillars, [`waf:${policy.meta.pillar}`]);
        assert.ok(PILLARS.includes(policy.meta.pillar));
        const principles = tagsWith(policy, "principle");
        assert.deepStrictEqual(principles, [`principle:${policy.meta.principle}`]);
        const principle = PRINCIPLES[policy.meta.principle as PrincipleSlug];
        assert.ok(principle !== undefined, `unknown principle ${policy.meta.principle}`);
        assert.strictEqual(principle.pillar, policy.meta.pillar);
      });

      it("has anchor tags with known prefixes", () => {
        const anchors = (policy.tags ?? []).filter(
          (t) => !t.startsWith("waf:") && !t.startsWith("principle:"),
        );
        assert.ok(anchors.length > 0, "no anchors");
        for (const anchor of anchors) {
          const [prefix, ...rest] = anchor.split(":");
          assert.ok(
            (ANCHOR_PREFIXES as readonly string[]).includes(prefix),
            `bad anchor ${anchor}`,
          );
          assert.ok(rest.join(":").trim().length > 0, `empty anchor ${anchor}`);
        }
      });

      it("defaults to mandatory only for critical/high security rules", () => {
        assert.strictEqual(policy.enforcementLevel, defaultEnforcementLevel(policy.meta));
      });

      it("declares every parameter with a default and a description", () => {
        const properties = policy.configSchema?.properties ?? {};
        assert.ok(!("enforcementLevel" in properties));
        assert.ok("mandatoryWhenStackTags" in properties);
        for (const [key, schema] of Object.entries(properties)) {
          assert.ok("default" in schema, `${key} has no default`);
          assert.ok((schema.description ?? "").length > 0, `${key} has no description`);
        }
      });

      it("is the kind of policy its metadata says, with a fast type check when single-typed", () => {
        const p = policy as Partial<Record<"validateResource" | "validateStack", unknown>>;
        if (policy.meta.kind === "stack") {
          assert.strictEqual(typeof p.validateStack, "function");
          const { subject, types } = policy.meta;
          assert.strictEqual((p.validateStack as { __pulumiType?: string }).__pulumiType, subject);
          if (subject !== undefined) assert.ok(types.includes(subject), `${subject} not in types`);
          return;
        }
        assert.strictEqual(typeof p.validateResource, "function");
        const types = policy.meta.types;
        if (types !== "*" && types.length === 1) {
          assert.strictEqual(
            (p.validateResource as { __pulumiType?: string }).__pulumiType,
            types[0],
          );
        }
      });
    });
  }
});

/** Policies that read no resource values (only their config), specified in the lib specs. */
const CONFIG_ONLY: Record<string, string> = {
  "exemptions-valid": "lib/exemptions.spec.ts",
  "exemptions-report": "lib/exemptions.spec.ts",
};

describe("policy specs", () => {
  const specs = tsFiles(RULE_SPECS_DIR).filter((f) => f.endsWith(".spec.ts"));
  const texts = new Map(specs.map((f) => [f, fs.readFileSync(f, "utf8")]));
  const homes = new Map(
    ruleFiles().flatMap((r) => Object.values(r.exports).map((v) => [v, r] as const)),
  );

  for (const policy of allPolicies) {
    it(`${policy.name} has a spec with a preview (UNKNOWN) case`, () => {
      if (policy.name in CONFIG_ONLY) {
        const file = path.join(__dirname, CONFIG_ONLY[policy.name]);
        assert.ok(fs.readFileSync(file, "utf8").includes(policy.name));
        return;
      }
      const spec = specs.find((f) => texts.get(f)?.includes(`describe("${policy.name}"`));
      assert.ok(spec, `no spec describes ${policy.name}`);
      assert.match(texts.get(spec) ?? "", /\bUNKNOWN\b/, `${spec} has no unknown-at-preview case`);
    });

    if (policy.name in CONFIG_ONLY) continue;
    it(`${policy.name} is specified beside its folder's other rules, under its file's name`, () => {
      const spec = specs.find((f) => texts.get(f)?.includes(`describe("${policy.name}"`)) ?? "";
      const home = homes.get(policy);
      assert.ok(home, `${policy.name} has no rule file`);
      assert.strictEqual(path.relative(RULE_SPECS_DIR, path.dirname(spec)), home.folder);
      // A spec of several rules is named by the leading words their files share (publicIp.spec.ts).
      const name = path.basename(spec, ".spec.ts");
      assert.match(
        home.file,
        new RegExp(`^${name}(?:[A-Z0-9]|$)`),
        `${spec} is not named after ${home.file}`,
      );
    });
  }
});

describe("pack layout", () => {
  const files = tsFiles(POLICIES_DIR).filter((f) => !f.includes(`${path.sep}tools${path.sep}`));

  it("imports azure-native only as types, by module, and never imports components", () => {
    assert.ok(files.length > allPolicies.length, `only ${files.length} files in policies/`);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const rel = path.relative(POLICIES_DIR, file);
      for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
        const [, isType, from] = m;
        if (from.startsWith("@pulumi/azure-native")) {
          assert.ok(isType, `${rel} imports azure-native at run time`);
          assert.notStrictEqual(from, "@pulumi/azure-native", `${rel} imports the root barrel`);
        }
        assert.ok(!from.includes("components"), `${rel} imports ${from}`);
      }
      assert.doesNotMatch(text, /require\("@pulumi\/azure-native/, `${rel} requires azure-native`);
    }
  });

  it("keeps one registered policy in each rule file, and helpers in lib/", () => {
    const registered = new Set(allPolicies);
    // Every policy has its own file: as many rule files as policies.
    assert.strictEqual(ruleFiles().length, allPolicies.length);
    for (const folder of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const dir = path.join(RULES_DIR, folder.name);
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        const rel = path.relative(RULES_DIR, file);
        if (entry.isDirectory()) {
          assert.strictEqual(entry.name, "lib", `${rel}: a rule folder holds only rules and lib/`);
          for (const helper of tsFiles(file)) {
            const policies = Object.values(exportsOf(helper)).filter(isPolicy);
            assert.deepStrictEqual(
              policies,
              [],
              `${path.relative(RULES_DIR, helper)} defines a policy`,
            );
          }
          continue;
        }
        if (entry.name === "index.ts") continue;
        assert.match(entry.name, /^[a-z][A-Za-z0-9]*\.ts$/, `${rel} is not a rule file`);
        const policies = Object.values(exportsOf(file)).filter(isPolicy);
        assert.strictEqual(policies.length, 1, `${rel} defines ${policies.length} policies`);
        assert.ok(
          registered.has(policies[0]),
          `${policies[0].name} is not in policies/rules/index.ts`,
        );
      }
    }
  });
});

describe("policy names, files and exports", () => {
  const folders = ruleFolders();
  const files = ruleFiles();

  it("has a prefix row for every rule folder, and no prefix starts another", () => {
    assert.deepStrictEqual([...folders].sort(), Object.keys(FOLDER_PREFIXES).sort());
    const prefixes = Object.values(FOLDER_PREFIXES).flat();
    for (const p of prefixes) {
      assert.match(p, /^[a-z0-9]+(-[a-z0-9]+)*-$/);
      assert.deepStrictEqual(
        prefixes.filter((q) => q !== p && q.startsWith(p)),
        [],
        `${p} starts another prefix, so a name could match both`,
      );
    }
  });

  it("is the table docs/policies.md shows", () => {
    const guide = fs.readFileSync(POLICY_GUIDE, "utf8");
    const start = guide.indexOf("\n### Names, files and exports\n");
    assert.ok(start >= 0, "docs/policies.md has no 'Names, files and exports' section");
    const section = guide.slice(start + 1).split(/\n#/)[0];
    const rows = [...section.matchAll(/^\| `([a-z]+)` +\| ([^|]+?) +\|/gm)].map(
      ([, folder, cell]) => [
        folder,
        cell === "none" ? [] : cell.split(", ").map((c) => c.replace(/`/g, "")),
      ],
    );
    assert.deepStrictEqual(Object.fromEntries(rows), FOLDER_PREFIXES);
  });

  it("derives a folder, file and export from a name", () => {
    assert.deepStrictEqual(placeOf("key-vault-purge-protection"), {
      folder: "keyvault",
      file: "purgeProtection",
      exportName: "keyVaultPurgeProtection",
    });
    assert.deepStrictEqual(placeOf("openai-content-filter-harm-categories"), {
      folder: "cognitiveservices",
      file: "contentFilterHarmCategories",
      exportName: "openaiContentFilterHarmCategories",
    });
    assert.deepStrictEqual(placeOf("nsg-no-internet-udp"), {
      file: "nsgNoInternetUdp",
      exportName: "nsgNoInternetUdp",
    });
  });

  for (const policy of allPolicies) {
    it(`${policy.name} lives in the file and export its name gives`, () => {
      const homes = files.filter((r) => Object.values(r.exports).includes(policy));
      assert.strictEqual(
        homes.length,
        1,
        `${policy.name} is defined in ${homes.length} rule files`,
      );
      const [home] = homes;
      const want = placeOf(policy.name);
      const folder = want.folder ?? home.folder;
      if (want.folder === undefined) {
        assert.deepStrictEqual(
          FOLDER_PREFIXES[home.folder],
          [],
          `${policy.name} starts with none of the prefixes of ${home.folder}/`,
        );
      }
      assert.deepStrictEqual(
        { path: `${home.folder}/${home.file}.ts`, exports: Object.keys(home.exports) },
        { path: `${folder}/${want.file}.ts`, exports: [want.exportName] },
      );
    });
  }
});
