/**
 * Every rule with a numeric (or ordered) limit, fed the limit itself and one step past it, with
 * the default parameter and with a configured one. Rules whose limits are specified in their own
 * specs (key rotation and validity, RSA key sizes, budgets, endpoint traffic) are listed there.
 */
import * as assert from "assert";
import { T, WafResourcePolicy } from "../../../policies/lib";
import { allPolicies } from "../../../policies/rules";
import { openaiDeploymentCapacityLimit } from "../../../policies/rules/cognitiveservices/deploymentCapacityLimit";
import { keyVaultSoftDeleteRetention } from "../../../policies/rules/keyvault/softDeleteRetention";
import { aksPoolAvailabilityZones } from "../../../policies/rules/aks/poolAvailabilityZones";
import { aksSystemPoolMinNodes } from "../../../policies/rules/aks/systemPoolMinNodes";
import { amlComputeInstanceIdleShutdown } from "../../../policies/rules/ml/computeInstanceIdleShutdown";
import { amlDeploymentMinInstances } from "../../../policies/rules/ml/deploymentMinInstances";
import { amlTrainingComputeIdleScaleDown } from "../../../policies/rules/ml/trainingComputeIdleScaleDown";
import { logAnalyticsRetention } from "../../../policies/rules/monitor/logAnalyticsRetention";
import { storageBlobSoftDelete } from "../../../policies/rules/storage/blobSoftDelete";
import { storageAccountMinTls } from "../../../policies/rules/storage/accountMinTls";
import { messages, runResourcePolicy } from "../../helpers/policyArgs";
import { compliantCluster as aksCluster } from "./aks/fixtures";
import { compliantDeployment as aiDeployment } from "./cognitiveservices/fixtures";
import { vault } from "./keyvault/fixtures";
import {
  compliantCluster as amlCluster,
  compliantDeployment as mlDeployment,
  compliantInstance,
} from "./ml/fixtures";
import { blobService, storageAccount } from "./storage/fixtures";

type Path = readonly (string | number)[];

interface Limit {
  rule: WafResourcePolicy;
  type: string;
  baseline: () => Record<string, any>;
  path: Path;
  /** The parameter that sets the limit, its default, and a value at and one past each. */
  param: string;
  atDefault: unknown;
  pastDefault: unknown;
  configured: unknown;
  atConfigured: unknown;
  pastConfigured: unknown;
}

function withValue(props: Record<string, any>, path: Path, value: unknown): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(props)) as Record<string, any>;
  let at: any = copy;
  for (const k of path.slice(0, -1)) at = at[k];
  at[path[path.length - 1]] = value;
  return copy;
}

const targetScaling = () =>
  withValue(mlDeployment(), ["properties", "scaleSettings"], {
    scaleType: "TargetUtilization",
    minInstances: 3,
    maxInstances: 6,
  });
const logWorkspace = () => ({ workspaceName: "log", retentionInDays: 90 });

const limits: Limit[] = [
  {
    rule: storageBlobSoftDelete,
    type: T.blobServiceProperties,
    baseline: blobService,
    path: ["deleteRetentionPolicy", "days"],
    param: "minimumDays",
    atDefault: 7,
    pastDefault: 6,
    configured: 5,
    atConfigured: 5,
    pastConfigured: 4,
  },
  {
    rule: keyVaultSoftDeleteRetention,
    type: T.vault,
    baseline: vault,
    path: ["properties", "softDeleteRetentionInDays"],
    param: "minimumDays",
    atDefault: 90,
    pastDefault: 89,
    configured: 30,
    atConfigured: 30,
    pastConfigured: 29,
  },
  {
    rule: logAnalyticsRetention,
    type: T.logAnalyticsWorkspace,
    baseline: logWorkspace,
    path: ["retentionInDays"],
    param: "minimumDays",
    atDefault: 90,
    pastDefault: 89,
    configured: 365,
    atConfigured: 365,
    pastConfigured: 364,
  },
  {
    rule: openaiDeploymentCapacityLimit,
    type: T.aiDeployment,
    baseline: aiDeployment,
    path: ["sku", "capacity"],
    param: "maxCapacity",
    atDefault: 500,
    pastDefault: 501,
    configured: 100,
    atConfigured: 100,
    pastConfigured: 101,
  },
  {
    rule: amlDeploymentMinInstances,
    type: T.mlOnlineDeployment,
    baseline: targetScaling,
    path: ["properties", "scaleSettings", "minInstances"],
    param: "minInstances",
    atDefault: 3,
    pastDefault: 2,
    configured: 2,
    atConfigured: 2,
    pastConfigured: 1,
  },
  {
    rule: amlDeploymentMinInstances,
    type: T.mlOnlineDeployment,
    baseline: mlDeployment,
    path: ["sku", "capacity"],
    param: "minInstances",
    atDefault: 3,
    pastDefault: 2,
    configured: 5,
    atConfigured: 5,
    pastConfigured: 4,
  },
  {
    rule: aksSystemPoolMinNodes,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["agentPoolProfiles", 0, "minCount"],
    param: "minNodes",
    atDefault: 3,
    pastDefault: 2,
    configured: 2,
    atConfigured: 2,
    pastConfigured: 1,
  },
  {
    rule: aksPoolAvailabilityZones,
    type: T.managedCluster,
    baseline: aksCluster,
    path: ["agentPoolProfiles", 0, "availabilityZones"],
    param: "minZones",
    atDefault: ["1", "2"],
    pastDefault: ["1"],
    configured: 3,
    atConfigured: ["1", "2", "3"],
    pastConfigured: ["1", "2"],
  },
  {
    rule: amlTrainingComputeIdleScaleDown,
    type: T.mlCompute,
    baseline: amlCluster,
    path: ["properties", "properties", "scaleSettings", "nodeIdleTimeBeforeScaleDown"],
    param: "maxIdleTimeBeforeScaleDown",
    atDefault: "PT30M",
    pastDefault: "PT1801S",
    configured: "PT5M",
    atConfigured: "PT300S",
    pastConfigured: "PT5M1S",
  },
  {
    rule: amlComputeInstanceIdleShutdown,
    type: T.mlCompute,
    baseline: compliantInstance,
    path: ["properties", "properties", "idleTimeBeforeShutdown"],
    param: "maxIdleTimeBeforeShutdown",
    atDefault: "PT2H",
    pastDefault: "PT2H1S",
    configured: "PT30M",
    atConfigured: "PT30M",
    pastConfigured: "PT31M",
  },
  {
    rule: storageAccountMinTls,
    type: T.storageAccount,
    baseline: storageAccount,
    path: ["minimumTlsVersion"],
    param: "minimumTlsVersion",
    atDefault: "TLS1_2",
    pastDefault: "TLS1_1",
    configured: "TLS1_3",
    atConfigured: "TLS1_3",
    pastConfigured: "TLS1_2",
  },
];

/** Rules whose numeric limits their own spec tests at the threshold and one step past it. */
const LIMITS_IN_OWN_SPECS = [
  "key-vault-key-min-rsa-size",
  "stack-has-budget",
  "storage-file-share-soft-delete",
  "aks-user-pool-min-nodes",
  "aks-pool-max-pods",
  "flow-log-retention",
  "search-replica-count",
];

describe("limits: the threshold passes and one step past it is reported", () => {
  it("covers every rule with a numeric parameter (and the duration limits), here or in the rule's own spec", () => {
    const numeric = allPolicies
      .filter((p) =>
        Object.values(p.meta.params).some((s) => s.type === "integer" || s.type === "number"),
      )
      .map((p) => p.name);
    const covered = new Set([...limits.map((l) => l.rule.name), ...LIMITS_IN_OWN_SPECS]);
    assert.ok(numeric.length >= 13, `${numeric.length} rules with a numeric parameter`);
    assert.deepStrictEqual(
      numeric.filter((name) => !covered.has(name)),
      [],
    );
  });

  for (const l of limits) {
    const run = (value: unknown, config?: Record<string, unknown>) =>
      messages(
        runResourcePolicy(l.rule, l.type, withValue(l.baseline(), l.path, value), { config }),
      );

    describe(`${l.rule.name}: ${l.path.join(".")}`, () => {
      it(`takes ${JSON.stringify(l.atDefault)} and reports ${JSON.stringify(l.pastDefault)} (default ${l.param})`, () => {
        assert.deepStrictEqual(run(l.atDefault), []);
        assert.strictEqual(run(l.pastDefault).length, 1);
      });

      it(`takes ${JSON.stringify(l.atConfigured)} and reports ${JSON.stringify(l.pastConfigured)} with ${l.param} ${JSON.stringify(l.configured)}`, () => {
        const config = { [l.param]: l.configured };
        assert.deepStrictEqual(run(l.atConfigured, config), []);
        assert.strictEqual(run(l.pastConfigured, config).length, 1);
      });

      it("reports null and a value of the wrong type", () => {
        assert.strictEqual(run(null).length, 1);
        const wrong = typeof l.atDefault === "number" ? String(l.atDefault) : 7;
        assert.strictEqual(run(wrong).length, 1, JSON.stringify(wrong));
      });
    });
  }
});
