import * as assert from "assert";
import * as fs from "fs";
import { AZURE_POLICY_EQUIVALENTS } from "../../policies/facts/azurePolicyEquivalents";
import { allPolicies } from "../../policies/rules";
import {
  ENFORCEMENT_DOC,
  NO_RUN_TIME_EQUIVALENT,
  renderEnforcementDoc,
} from "../../tools/writeEnforcementDoc";

describe("docs/enforcement.md", () => {
  const doc = renderEnforcementDoc(allPolicies);
  const rows = doc.split("\n").filter((line) => line.startsWith("| `"));

  it("is generated from the current policies and mapping (run `npm run docs:enforcement` when this fails)", () => {
    const committed = fs.existsSync(ENFORCEMENT_DOC)
      ? fs.readFileSync(ENFORCEMENT_DOC, "utf8")
      : "";
    assert.ok(committed === doc, "docs/enforcement.md is stale");
  });

  it("has a row per policy, and a row per definition of a mapped policy", () => {
    const definitions = Object.values(AZURE_POLICY_EQUIVALENTS).reduce(
      (n, e) => n + e.definitions.length,
      0,
    );
    const mapped = Object.keys(AZURE_POLICY_EQUIVALENTS).length;
    assert.strictEqual(rows.length, allPolicies.length - mapped + definitions);
    for (const policy of allPolicies) {
      const own = rows.filter((r) => r.startsWith(`| \`${policy.meta.name}\` | `));
      const equivalence = AZURE_POLICY_EQUIVALENTS[policy.meta.name];
      assert.strictEqual(own.length, equivalence?.definitions.length ?? 1, policy.meta.name);
      for (const row of own) {
        assert.ok(row.includes(` | ${policy.meta.enforcementLevel}`), `${policy.meta.name}: level`);
        if (equivalence === undefined) assert.ok(row.includes(" | none: "), policy.meta.name);
      }
    }
  });

  it("shows the effect the baseline gives: Deny for a mandatory policy, Audit for an advisory one", () => {
    const row = (name: string) => rows.find((r) => r.startsWith(`| \`${name}\` | `))!;
    assert.ok(row("key-vault-purge-protection").endsWith("| Deny | Deny |"));
    assert.ok(row("acr-export-disabled").endsWith("| Audit | Audit |"));
    assert.ok(row("storage-account-zone-redundant").endsWith("| Audit | Deny |"));
  });

  it("gives reasons only for policies without an equivalent", () => {
    const names = new Set(allPolicies.map((p) => p.meta.name));
    for (const name of Object.keys(NO_RUN_TIME_EQUIVALENT)) {
      assert.ok(names.has(name), `${name} is not a policy`);
      assert.ok(!(name in AZURE_POLICY_EQUIVALENTS), `${name} has an equivalent`);
    }
  });
});
