import * as assert from "assert";
import {
  AZURE_POLICY_EQUIVALENTS,
  PACK_PRODUCTION_STACK_TAGS,
} from "../../../policies/facts/azurePolicyEquivalents";
import { PRODUCTION_STACK_TAGS } from "../../../policies/lib/config";
import { allPolicies } from "../../../policies/rules";
import { durationDays } from "../../../policies/rules/keyvault/lib/keyDuration";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const byName = new Map(allPolicies.map((p) => [p.meta.name, p.meta]));
const entries = Object.entries(AZURE_POLICY_EQUIVALENTS);

/**
 * Mandatory policies mapped to a definition that cannot deny: Azure publishes no built-in that
 * denies this condition (checked against the whole built-in catalogue when the mapping was made).
 * A new audit-only mapping of a mandatory policy fails until it is listed here with the reason.
 */
const AUDIT_ONLY_IN_AZURE: Record<string, string> = {
  "0e246bcf-5f6f-4f87-bc6f-775d4712c7ea": "authorized IP ranges: Audit is the only effect",
  "450d2877-ebea-41e8-b00c-e286317d21bf": "Entra ID integration on AKS: Audit is the only effect",
  "6edd7eda-6dd8-40f7-810d-67160c639cd9": "a private endpoint is a child: AuditIfNotExists only",
  "e8eef0a8-67cf-4eb4-9386-14b0e78733d4": "registry private link: Audit is the only effect",
  "45e05259-1eb5-4f70-9574-baf73e9d219b": "workspace private link: Audit is the only effect",
  "d6759c02-b87f-42b7-892e-71b3f471d782": "AI services private link: Audit is the only effect",
};

describe("Azure Policy equivalents", () => {
  it("map between 30 and 80 pack policies, each an existing policy of the pack", () => {
    assert.ok(entries.length >= 30 && entries.length <= 80, `${entries.length} mapped policies`);
    const unknown = entries.map(([name]) => name).filter((name) => !byName.has(name));
    assert.deepStrictEqual(unknown, []);
  });

  it("name well-formed definition GUIDs, each once in the whole table", () => {
    const ids = entries.flatMap(([, e]) => e.definitions.map((d) => d.definitionId));
    assert.strictEqual(ids.length, 72);
    for (const id of ids) assert.match(id, GUID);
    assert.strictEqual(new Set(ids).size, ids.length, "a definition is mapped twice");
  });

  it("record each definition's source file and effects, Disabled where an effect parameter exists", () => {
    for (const [name, e] of entries) {
      assert.ok(e.definitions.length > 0, name);
      for (const d of e.definitions) {
        assert.match(d.source, /^[A-Za-z ]+\/[A-Za-z0-9_]+\.json$/, `${name}: ${d.source}`);
        assert.ok(d.displayName.length > 10, `${name}: ${d.definitionId}`);
        if (d.effectParameter === false) assert.strictEqual(d.effects.length, 1, name);
        else assert.ok(d.effects.includes("Disabled"), `${name}: ${d.definitionId}`);
      }
    }
  });

  it("mandatory and production-raised policies map to Deny-capable definitions unless Azure has none", () => {
    const weak: string[] = [];
    for (const [name, e] of entries) {
      if (e.packLevel !== "mandatory" && !e.raisedOnProduction) continue;
      for (const d of e.definitions) {
        if (!d.effects.includes("Deny") && !(d.definitionId in AUDIT_ONLY_IN_AZURE)) {
          weak.push(`${name}: ${d.definitionId}`);
        }
      }
    }
    assert.deepStrictEqual(weak, []);
    const used = new Set(entries.flatMap(([, e]) => e.definitions.map((d) => d.definitionId)));
    for (const id of Object.keys(AUDIT_ONLY_IN_AZURE)) assert.ok(used.has(id), `${id} is unused`);
  });

  it("record each policy's level and production escalation as the pack defines them", () => {
    assert.deepStrictEqual(PACK_PRODUCTION_STACK_TAGS, PRODUCTION_STACK_TAGS);
    for (const [name, e] of entries) {
      const meta = byName.get(name)!;
      assert.strictEqual(e.packLevel, meta.enforcementLevel, name);
      const raised = meta.severity === "critical" || meta.severity === "high";
      assert.strictEqual(e.raisedOnProduction ?? false, raised, name);
    }
  });

  it("record the defaults of the pack parameters they read, as the rules declare them", () => {
    const withParams = entries.filter(([, e]) => e.packParameters !== undefined);
    assert.strictEqual(withParams.length, 7);
    for (const [name, e] of withParams) {
      const params = byName.get(name)!.params;
      for (const [key, value] of Object.entries(e.packParameters!)) {
        assert.ok(key in params, `${name}.${key}`);
        assert.deepStrictEqual(value, params[key].default, `${name}.${key}`);
      }
    }
  });

  it("join into each mapped policy's metadata at registration, and only those", () => {
    assert.strictEqual(allPolicies.length, byName.size);
    for (const policy of allPolicies) {
      assert.strictEqual(policy.meta.azurePolicy, AZURE_POLICY_EQUIVALENTS[policy.meta.name]);
    }
  });

  it("turn the pack's parameter values into the definitions' parameters", () => {
    const params = (policy: string, values: Record<string, unknown>) =>
      AZURE_POLICY_EQUIVALENTS[policy].definitions[0].parameters!(values);
    assert.deepStrictEqual(params("required-tags", { requiredTags: ["owner", "team"] }), [
      { tagName: "owner" },
      { tagName: "team" },
    ]);
    assert.deepStrictEqual(params("acr-replica-location-allowed", { allowedLocations: [] }), []);
    assert.deepStrictEqual(
      params("acr-replica-location-allowed", { allowedLocations: ["swedencentral"] }),
      [{ listOfAllowedLocations: ["swedencentral"] }],
    );
    assert.deepStrictEqual(
      params("aml-workspace-managed-network-isolation", {
        allowedIsolationModes: ["AllowOnlyApprovedOutbound", "AllowInternetOutbound"],
      }),
      [],
    );
    for (const interval of ["P1Y", "P90D", "P1Y6M", "P2W"]) {
      assert.deepStrictEqual(
        params("key-vault-key-rotation-policy", { maximumRotationInterval: interval }),
        [{ maximumDaysToRotate: durationDays(interval) }],
        interval,
      );
    }
    assert.deepStrictEqual(
      params("key-vault-key-rotation-policy", { maximumRotationInterval: "1 year" }),
      [],
    );
  });
});
