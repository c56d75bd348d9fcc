import * as assert from "assert";
import {
  GovernanceBaseline,
  GovernanceBaselineArgs,
  PolicyPackConfig,
} from "../../../components/governance";
import { AZURE_POLICY_EQUIVALENTS } from "../../../policies/facts/azurePolicyEquivalents";
import { group, sub } from "../../helpers/fixtures";
import { assertInputErrors } from "../../helpers/inputErrors";
import { planAssignments } from "../../../components/governance/assignmentPlan";
import {
  isKnown,
  RecordedResource,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

const ASSIGNMENT = "azure-native:authorization:PolicyAssignment";
const EXEMPTION = "azure-native:authorization:PolicyExemption";
const PRICING = "azure-native:security:Pricing";
const DEF = "/providers/Microsoft.Authorization/policyDefinitions/";
const webAccount = `${group}/providers/Microsoft.Storage/storageAccounts/stweb`;

/** A pack config as a production team writes it, with an exemption. */
const packConfig: PolicyPackConfig = {
  "storage-account-allowed-skus": { allowedSkus: ["Standard_ZRS", "Standard_GZRS"] },
  "required-tags": { requiredTags: ["owner", "cost-center"] },
  "acr-replica-location-allowed": { allowedLocations: ["swedencentral"] },
  "key-vault-key-rotation-policy": { maximumRotationInterval: "P90D" },
  "key-vault-key-expiration": "disabled",
  "storage-account-https-only": { enforcementLevel: "advisory", mandatoryWhenStackTags: {} },
  "exemptions-valid": {
    exemptions: [
      {
        policy: "storage-account-no-public-network-access",
        resource: "web*",
        reason: "Static website approved in SEC-123",
        expires: "2027-03-31",
      },
      {
        policy: "storage-account-no-shared-key",
        resource: "legacy*",
        reason: "Legacy importer until its rewrite",
        expires: "2026-01-31",
      },
      {
        policy: "nsg-no-internet-http",
        resource: "nsg-web",
        reason: "No run-time equivalent exists",
        expires: "2027-03-31",
      },
    ],
  },
};

const args = (extra: Partial<GovernanceBaselineArgs> = {}): GovernanceBaselineArgs => ({
  scope: { kind: "resourceGroup", id: group },
  policyConfig: packConfig,
  stackTags: { environment: "prod" },
  exemptionScopes: { "web*": [webAccount] },
  today: "2026-12-03",
  ...extra,
});

/** The assignment made for a pack policy (one definition, one parameter set). */
function assignmentOf(resources: RecordedResource[], policy: string): RecordedResource {
  const found = resources.filter((r) => r.inputs.displayName?.startsWith(`${policy}: `));
  assert.strictEqual(found.length, 1, `${policy}: ${found.length} assignments`);
  return found[0];
}

/** Only the cluster and Defender children: the pack config disables every policy. */
const noPackPolicies: PolicyPackConfig = { all: "disabled" };

/** Builds one baseline under fresh mocks (shared by a block: 70 assignments take seconds). */
async function build(
  input: GovernanceBaselineArgs,
  preview = false,
): Promise<{ baseline: GovernanceBaseline; mocks: RecorderMocks }> {
  const mocks = await useMocks(preview);
  const baseline = new GovernanceBaseline("gov", input);
  await settle();
  return { baseline, mocks };
}

const byName = (a: RecordedResource, b: RecordedResource) => a.name.localeCompare(b.name);

describe("GovernanceBaseline", () => {
  describe("with a production pack config at a resource group", () => {
    let baseline: GovernanceBaseline;
    let mocks: RecorderMocks;
    let assignments: RecordedResource[];
    before(async () => {
      ({ baseline, mocks } = await build(args()));
      assignments = mocks.ofType(ASSIGNMENT);
    });

    it("assigns one definition per mapped policy and parameter set, at the scope", async () => {
      // 72 definitions; key-vault-key-expiration is disabled and storage-defender-enabled
      // judges the subscription; required-tags adds one per extra tag (two tags: one more).
      assert.strictEqual(assignments.length, 71);
      assert.strictEqual((await unwrap(baseline.assignments)).length, 71);
      for (const a of assignments) {
        assert.strictEqual(a.inputs.scope, group);
        assert.match(a.inputs.policyAssignmentName, /^ailz-[0-9a-f]{16}$/);
      }
      assert.deepStrictEqual(await unwrap(baseline.skipped), [
        {
          policy: "storage-defender-enabled",
          reason:
            "Microsoft Defender for Storage should be enabled judges the subscription: assign at a subscription or management group scope",
        },
        { policy: "key-vault-key-expiration", reason: "the pack config disables it" },
      ]);
    });

    it("carries the pack's parameters: allowed SKUs, allowed locations, rotation days", () => {
      const skus = assignmentOf(assignments, "storage-account-allowed-skus");
      assert.strictEqual(
        skus.inputs.policyDefinitionId,
        `${DEF}7433c107-6db4-4ad1-b57a-a76dce0154a1`,
      );
      assert.deepStrictEqual(skus.inputs.parameters, {
        listOfAllowedSKUs: { value: ["Standard_ZRS", "Standard_GZRS"] },
        effect: { value: "Audit" },
      });
      const locations = assignmentOf(assignments, "acr-replica-location-allowed");
      assert.strictEqual(
        locations.inputs.policyDefinitionId,
        `${DEF}e56962a6-4747-49cd-b67b-bf8b01975c4c`,
      );
      assert.deepStrictEqual(locations.inputs.parameters, {
        listOfAllowedLocations: { value: ["swedencentral"] },
        effect: { value: "Audit" },
      });
      const rotation = assignmentOf(assignments, "key-vault-key-rotation-policy");
      assert.deepStrictEqual(rotation.inputs.parameters, {
        maximumDaysToRotate: { value: 90 },
        effect: { value: "Audit" },
      });
      const rsa = assignmentOf(assignments, "key-vault-key-min-rsa-size");
      assert.deepStrictEqual(rsa.inputs.parameters, {
        minimumRSAKeySize: { value: 3072 },
        effect: { value: "Audit" },
      });
    });

    it("requires each of the pack's tags, not enforced where the pack only advises", () => {
      const tags = assignments.filter((a) => a.inputs.displayName.startsWith("required-tags: "));
      assert.strictEqual(tags.length, 2);
      assert.deepStrictEqual(
        tags.map((t) => [
          t.inputs.policyDefinitionId,
          t.inputs.enforcementMode,
          t.inputs.parameters,
        ]),
        [
          [
            `${DEF}871b6d14-10aa-478d-b590-94f262ecfa99`,
            "DoNotEnforce",
            { tagName: { value: "owner" } },
          ],
          [
            `${DEF}871b6d14-10aa-478d-b590-94f262ecfa99`,
            "DoNotEnforce",
            { tagName: { value: "cost-center" } },
          ],
        ],
      );
    });

    it("denies where the pack is mandatory or raised on production, and audits otherwise", () => {
      const effect = (policy: string) => assignmentOf(assignments, policy).inputs.parameters.effect;
      // Mandatory by default.
      assert.deepStrictEqual(effect("storage-account-no-blob-public-access"), { value: "Deny" });
      assert.deepStrictEqual(effect("key-vault-purge-protection"), { value: "Deny" });
      // Mandatory, but Azure's definition can only audit.
      assert.deepStrictEqual(effect("aks-authorized-ip-ranges"), { value: "Audit" });
      // Advisory high severity, raised by environment: prod.
      assert.deepStrictEqual(effect("storage-account-zone-redundant"), { value: "Deny" });
      // Mandatory by default, made advisory without escalation in the pack config.
      assert.deepStrictEqual(effect("storage-account-https-only"), { value: "Audit" });
      // Advisory medium.
      assert.deepStrictEqual(effect("acr-export-disabled"), { value: "Audit" });
      const isolation = assignmentOf(assignments, "aml-workspace-managed-network-isolation");
      assert.deepStrictEqual(isolation.inputs.parameters, {
        isolationMode: { value: "AllowOnlyApprovedOutbound" },
        effect: { value: "Deny" },
      });
      const logs = assignments.filter((a) =>
        a.inputs.displayName.startsWith("diagnostics-required: "),
      );
      assert.strictEqual(logs.length, 4);
      for (const l of logs)
        assert.deepStrictEqual(l.inputs.parameters, { effect: { value: "AuditIfNotExists" } });
      for (const a of assignments) assert.ok(a.inputs.parameters.effect?.value !== "Disabled");
    });

    it("mirrors the pack's valid, unexpired exemptions of assigned policies with reason and expiry", () => {
      const exemptions = mocks.ofType(EXEMPTION);
      assert.strictEqual(exemptions.length, 1);
      const assignment = assignmentOf(assignments, "storage-account-no-public-network-access");
      assert.deepStrictEqual(exemptions[0].inputs, {
        // The provider's default: Azure checks the exempted scope lies under the assignment's.
        assignmentScopeValidation: "Default",
        scope: webAccount,
        policyExemptionName: exemptions[0].inputs.policyExemptionName,
        policyAssignmentId: `${group}/providers/Microsoft.Authorization/policyAssignments/${assignment.inputs.policyAssignmentName}`,
        exemptionCategory: "Waiver",
        expiresOn: "2027-03-31T23:59:59Z",
        description: "Static website approved in SEC-123",
        displayName: "storage-account-no-public-network-access: Static website approved in SEC-123",
      });
      assert.match(exemptions[0].inputs.policyExemptionName, /^ailz-[0-9a-f]{16}$/);
    });

    it("switches on no Defender plan and assigns no in-cluster policy unless asked", () => {
      assert.strictEqual(mocks.ofType(PRICING).length, 0);
      assert.strictEqual(assignments.filter((a) => a.name.startsWith("gov-cluster-")).length, 0);
    });
  });

  it("with the pack's defaults on a dev stack at a subscription, denies only the mandatory policies that can", () => {
    const plan = planAssignments({}, {}, "subscription");
    // 72 definitions, less acr-replica-location-allowed (no allowed locations), plus two more
    // required tags; storage-defender-enabled is assigned at a subscription.
    assert.strictEqual(plan.assignments.length, 73);
    const denied = new Set(
      plan.assignments.filter((a) => a.effect === "Deny").map((a) => a.policy),
    );
    const expected = Object.entries(AZURE_POLICY_EQUIVALENTS)
      .filter(
        ([, e]) =>
          e.packLevel === "mandatory" && e.definitions.some((d) => d.effects.includes("Deny")),
      )
      .map(([name]) => name);
    assert.strictEqual(expected.length, 21);
    assert.deepStrictEqual([...denied].sort(), expected.sort());
    const defender = plan.assignments.filter((a) => a.policy === "storage-defender-enabled");
    assert.deepStrictEqual(defender, [
      {
        policy: "storage-defender-enabled",
        definitionId: "640d2586-54d2-465f-877f-9ffc1d2109f4",
        displayName: "Microsoft Defender for Storage should be enabled",
        effect: "AuditIfNotExists",
        enforcementMode: "Default",
        parameters: {},
      },
    ]);
    assert.deepStrictEqual(plan.skipped, [
      {
        policy: "acr-replica-location-allowed",
        reason: "its parameters leave Allowed locations nothing to check",
      },
    ]);
  });

  describe("with in-cluster policy and Defender plans", () => {
    const cluster = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-ailz`;
    let mocks: RecorderMocks;
    before(async () => {
      ({ mocks } = await build(
        args({
          policyConfig: noPackPolicies,
          cluster: {
            clusterResourceId: cluster,
            allowedRegistryLoginServers: ["crailz.azurecr.io"],
          },
          defenderPlans: { subscriptionId: sub },
        }),
      ));
    });

    it("assigns pod security baseline, the zone's registry only and internal load balancers", () => {
      const inCluster = mocks.ofType(ASSIGNMENT).sort(byName);
      assert.deepStrictEqual(
        inCluster.map((a) => [
          a.name,
          a.inputs.scope,
          a.inputs.policyDefinitionId,
          a.inputs.enforcementMode,
          a.inputs.parameters,
        ]),
        [
          [
            "gov-cluster-allowed-images",
            cluster,
            `${DEF}febd0533-8e55-448f-b837-bd0e06f16469`,
            "Default",
            {
              effect: { value: "Deny" },
              allowedContainerImagesRegex: { value: "^(crailz\\.azurecr\\.io)/.+$" },
              excludedNamespaces: {
                value: [
                  "kube-system",
                  "gatekeeper-system",
                  "azure-arc",
                  "azure-extensions-usage-system",
                  "azureml",
                ],
              },
            },
          ],
          [
            "gov-cluster-internal-load-balancers",
            cluster,
            `${DEF}3fc4dc25-5baf-40d8-9b05-7fe74c1bc64e`,
            "Default",
            { effect: { value: "Deny" } },
          ],
          [
            "gov-cluster-pod-security-baseline",
            cluster,
            "/providers/Microsoft.Authorization/policySetDefinitions/a8640138-9b0a-4a28-b8cb-1666c838647d",
            "Default",
            { effect: { value: "Deny" } },
          ],
        ],
      );
      const regex = new RegExp("^(crailz\\.azurecr\\.io)/.+$");
      assert.ok(regex.test("crailz.azurecr.io/models/score:1"));
      assert.ok(!regex.test("docker.io/library/nginx"));
      assert.ok(!regex.test("crailz.azurecr.io.evil.example/x"));
    });

    it("switches on the AI, Storage, Containers and Key Vault plans for the subscription", () => {
      const plans = mocks.ofType(PRICING).sort(byName);
      assert.strictEqual(plans.length, 4);
      assert.deepStrictEqual(
        plans.map((p) => p.inputs),
        [
          { scopeId: `/subscriptions/${sub}`, pricingName: "AI", pricingTier: "Standard" },
          { scopeId: `/subscriptions/${sub}`, pricingName: "Containers", pricingTier: "Standard" },
          { scopeId: `/subscriptions/${sub}`, pricingName: "KeyVaults", pricingTier: "Standard" },
          {
            scopeId: `/subscriptions/${sub}`,
            pricingName: "StorageAccounts",
            pricingTier: "Standard",
            subPlan: "DefenderForStorageV2",
            extensions: [
              { name: "OnUploadMalwareScanning", isEnabled: "True" },
              { name: "SensitiveDataDiscovery", isEnabled: "True" },
            ],
          },
        ],
      );
    });
  });

  it("enforces restricted pod security, or only audits, when asked", async () => {
    const cluster = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-ailz`;
    const { mocks } = await build(
      args({
        policyConfig: noPackPolicies,
        cluster: {
          clusterResourceId: cluster,
          allowedRegistryLoginServers: ["crailz.azurecr.io"],
          podSecurity: "restricted",
          effect: "Audit",
        },
      }),
    );
    const assignments = mocks.ofType(ASSIGNMENT);
    assert.strictEqual(assignments.length, 3);
    const pss = mocks.one(ASSIGNMENT, "gov-cluster-pod-security-restricted");
    assert.strictEqual(
      pss.inputs.policyDefinitionId,
      "/providers/Microsoft.Authorization/policySetDefinitions/42b8ef37-b724-4e24-bbc8-7a7708edfe00",
    );
    for (const a of assignments)
      assert.deepStrictEqual(a.inputs.parameters.effect, { value: "Audit" });
  });

  it("names every bad argument at once", () => {
    assertInputErrors(
      () =>
        new GovernanceBaseline("gov", {
          ...args({ exemptionScopes: {} }),
          scope: { kind: "subscription", id: group },
          policyConfig: {
            ...packConfig,
            "exemptions-valid": {
              exemptions: [
                ...(packConfig["exemptions-valid"] as { exemptions: unknown[] }).exemptions,
                {
                  policy: "acr-admin-user-disabled",
                  resource: "cr*",
                  reason: "soon",
                  expires: "next year",
                },
              ],
            },
          },
          cluster: { clusterResourceId: "x", allowedRegistryLoginServers: ["docker.io"] },
          defenderPlans: { subscriptionId: sub, plans: ["Servers" as "AI"] },
        }),
      [
        { propertyPath: "scope.id", reason: "is not a subscription ID" },
        { propertyPath: 'exemptionScopes["web*"]', reason: "give the resource IDs it covers" },
        {
          propertyPath: 'policyConfig["exemptions-valid"].exemptions[3].reason',
          reason: "at least 10 characters",
        },
        {
          propertyPath: 'policyConfig["exemptions-valid"].exemptions[3].expires',
          reason: "YYYY-MM-DD",
        },
        {
          propertyPath: "cluster.allowedRegistryLoginServers[0]",
          reason: "use <name>.azurecr.io",
        },
        {
          propertyPath: "defenderPlans.plans[0]",
          reason: "use AI, StorageAccounts, Containers, KeyVaults",
        },
      ],
    );
  });

  it("at preview, keeps the assignment IDs exemptions refer to known", async () => {
    const { baseline, mocks } = await build(
      args({
        policyConfig: {
          "exemptions-valid": packConfig["exemptions-valid"],
          all: "disabled",
          "storage-account-no-public-network-access": "mandatory",
        },
      }),
      true,
    );
    assert.ok(await isKnown(baseline.assignmentIds));
    const ids = Object.values(await unwrap(baseline.assignmentIds));
    assert.strictEqual(ids.length, 1);
    assert.match(
      ids[0],
      /\/providers\/Microsoft\.Authorization\/policyAssignments\/ailz-[0-9a-f]{16}$/,
    );
    const exemptions = mocks.ofType(EXEMPTION);
    assert.strictEqual(exemptions.length, 1);
    assert.ok(await isKnown(exemptions[0].inputs.policyAssignmentId));
  });
});
