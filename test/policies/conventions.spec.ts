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

const POLICIES_DIR = path.join(__dirname, "../../policies");
const RULES_DIR = path.join(POLICIES_DIR, "rules");
const SEED = path.join(__dirname, "../../../shared/seed/waf-ai-workloads.md");

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

  it("lists each seed principle with its pillar, as the seed's tables name it", () => {
    const entries = Object.entries(PRINCIPLES);
    for (const [slug] of entries) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    // The seed's tables: 5 reliability, 6 security, 4 cost, 6 operations, 4 performance.
    const perPillar = PILLARS.map(
      (pillar) => entries.filter(([, p]) => p.pillar === pillar).length,
    );
    assert.deepStrictEqual(perPillar, [6, 5, 4, 6, 4]);
    // The seed text lives next to the repository (../shared/seed); check titles when present.
    if (!fs.existsSync(SEED)) return;
    const seed = fs.readFileSync(SEED, "utf8");
    for (const [, p] of entries) {
      assert.ok(seed.includes(`**${p.title}`), `'${p.title}' is not a principle of the seed`);
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
  const specs = tsFiles(path.join(__dirname, "rules")).filter((f) => f.endsWith(".spec.ts"));
  const texts = new Map(specs.map((f) => [f, fs.readFileSync(f, "utf8")]));

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
  }
});

describe("pack layout", () => {
  const files = tsFiles(POLICIES_DIR).filter((f) => !f.includes(`${path.sep}tools${path.sep}`));

  it("imports azure-native only as types, by module, and never imports components", () => {
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

  it("defines at most one policy per rule file and registers every policy", () => {
    const registered = new Set(allPolicies);
    for (const file of tsFiles(RULES_DIR)) {
      if (path.basename(file) === "index.ts") continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(file) as Record<string, unknown>).filter(
        (v): v is WafPolicy => typeof v === "object" && v !== null && "meta" in v && "name" in v,
      );
      assert.ok(exported.length <= 1, `${file} defines ${exported.length} policies`);
      for (const policy of exported) {
        assert.ok(registered.has(policy), `${policy.name} is not in policies/rules/index.ts`);
      }
    }
  });
});
