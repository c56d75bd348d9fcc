import * as assert from "assert";
import { defaultEnforcementLevel, resolveConfig, stackTagsMatch, T } from "../../../policies/lib";
import { privateEndpointAutoApproved } from "../../../policies/rules/network/privateEndpointAutoApproved";
import { storageAccountHttpsOnly } from "../../../policies/rules/storage/accountHttpsOnly";
import { storageAccountZoneRedundant } from "../../../policies/rules/storage/accountZoneRedundant";
import { runResourcePolicy } from "../../helpers/policyArgs";

const lrs = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
const http = { ...lrs, enableHttpsTrafficOnly: false };
const manual = { manualPrivateLinkServiceConnections: [{ name: "c", privateLinkServiceId: "/x" }] };

describe("enforcement levels", () => {
  it("defaults to mandatory only for critical/high security rules", () => {
    assert.strictEqual(
      defaultEnforcementLevel({ pillar: "security", severity: "critical" }),
      "mandatory",
    );
    assert.strictEqual(
      defaultEnforcementLevel({ pillar: "security", severity: "high" }),
      "mandatory",
    );
    assert.strictEqual(
      defaultEnforcementLevel({ pillar: "security", severity: "medium" }),
      "advisory",
    );
    assert.strictEqual(
      defaultEnforcementLevel({ pillar: "reliability", severity: "critical" }),
      "advisory",
    );
    assert.strictEqual(
      defaultEnforcementLevel({ pillar: "cost-optimization", severity: "high" }),
      "advisory",
    );
  });

  it("lets the config lower and disable a level", () => {
    const lowered = runResourcePolicy(storageAccountHttpsOnly, T.storageAccount, http, {
      config: { enforcementLevel: "advisory" },
    });
    assert.strictEqual(lowered.violations[0].enforcementLevel, "advisory");
    const disabled = runResourcePolicy(storageAccountHttpsOnly, T.storageAccount, http, {
      config: { enforcementLevel: "disabled" },
    });
    assert.strictEqual(disabled.ran, false);
    assert.deepStrictEqual(disabled.violations, []);
  });

  it("raises high-severity rules to mandatory on stacks tagged environment=prod or production", () => {
    for (const environment of ["prod", "PRODUCTION"]) {
      const result = runResourcePolicy(storageAccountZoneRedundant, T.storageAccount, lrs, {
        stackTags: { environment },
      });
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    }
    const dev = runResourcePolicy(storageAccountZoneRedundant, T.storageAccount, lrs, {
      stackTags: { environment: "dev" },
    });
    assert.strictEqual(dev.violations[0].enforcementLevel, "advisory");
  });

  it("raises a level the config lowered, on a production stack", () => {
    const result = runResourcePolicy(storageAccountHttpsOnly, T.storageAccount, http, {
      config: { enforcementLevel: "advisory" },
      stackTags: { environment: "prod" },
    });
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("keeps low-severity rules advisory on production unless configured", () => {
    const prod = { stackTags: { environment: "prod" } };
    const plain = runResourcePolicy(privateEndpointAutoApproved, T.privateEndpoint, manual, prod);
    assert.strictEqual(plain.violations[0].enforcementLevel, "advisory");
    const raised = runResourcePolicy(privateEndpointAutoApproved, T.privateEndpoint, manual, {
      ...prod,
      config: { mandatoryWhenStackTags: { environment: ["prod"] } },
    });
    assert.strictEqual(raised.violations[0].enforcementLevel, "mandatory");
  });

  it("lets a policy opt out of escalation", () => {
    const result = runResourcePolicy(storageAccountZoneRedundant, T.storageAccount, lrs, {
      stackTags: { environment: "prod" },
      config: { mandatoryWhenStackTags: {} },
    });
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("keeps the SDK's message composition when raising", () => {
    const result = runResourcePolicy(storageAccountZoneRedundant, T.storageAccount, lrs, {
      stackTags: { environment: "prod" },
    });
    assert.match(result.violations[0].message, /^sku.name is 'Standard_LRS'; use one of /);
  });
});

describe("policy parameters", () => {
  const params = {
    minimumDays: { type: "integer" as const, default: 7, description: "d" },
    skus: { type: "array" as const, default: ["a"], description: "s" },
  };

  it("takes defaults, then the configured values", () => {
    assert.deepStrictEqual(resolveConfig(params, {}), { minimumDays: 7, skus: ["a"] });
    assert.deepStrictEqual(resolveConfig(params, { minimumDays: 30, other: 1 }), {
      minimumDays: 30,
      skus: ["a"],
    });
  });

  it("publishes the parameters with their defaults as the policy's config schema", () => {
    const schema = storageAccountZoneRedundant.configSchema?.properties ?? {};
    assert.deepStrictEqual(schema.zoneRedundantSkus.default, [
      "Standard_ZRS",
      "Standard_GZRS",
      "Standard_RAGZRS",
      "Premium_ZRS",
    ]);
    assert.deepStrictEqual(schema.mandatoryWhenStackTags.default, {
      environment: ["prod", "production"],
    });
  });

  it("matches stack tags case-insensitively, by key", () => {
    const tags = new Map([["environment", "Prod"]]);
    assert.strictEqual(stackTagsMatch({ environment: ["prod"] }, tags), true);
    assert.strictEqual(stackTagsMatch({ env: ["prod"] }, tags), false);
    assert.strictEqual(stackTagsMatch({}, tags), false);
  });
});
