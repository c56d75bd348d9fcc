import * as assert from "assert";
import { armResourceId, computedOutputs } from "../../cli/simulator/armResources";
import { FAKE_SUBSCRIPTION_ID, FAKE_TENANT_ID } from "../../cli/simulator/constants";

const group = `/subscriptions/${FAKE_SUBSCRIPTION_ID}/resourceGroups/rg-ailz`;

describe("simulated Azure resources", () => {
  const ids: [string, Record<string, unknown>, string][] = [
    [
      "azure-native:storage:StorageAccount",
      { resourceGroupName: "rg-ailz", accountName: "stdata" },
      `${group}/providers/Microsoft.Storage/storageAccounts/stdata`,
    ],
    [
      "azure-native:network:Subnet",
      { resourceGroupName: "rg-ailz", virtualNetworkName: "vnet-lz", subnetName: "snet-pe" },
      `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz/subnets/snet-pe`,
    ],
    [
      "azure-native:monitor:DiagnosticSetting",
      { resourceUri: `${group}/providers/Microsoft.KeyVault/vaults/kv-a`, name: "diag-vault" },
      `${group}/providers/Microsoft.KeyVault/vaults/kv-a/providers/Microsoft.Insights/diagnosticSettings/diag-vault`,
    ],
    [
      "azure-native:machinelearningservices:OnlineDeployment",
      {
        resourceGroupName: "rg-ailz",
        workspaceName: "mlw",
        endpointName: "ep",
        deploymentName: "blue",
      },
      `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw/onlineEndpoints/ep/deployments/blue`,
    ],
    [
      "azure-native:network:SecurityRule",
      {
        resourceGroupName: "rg-ailz",
        networkSecurityGroupName: "nsg-lz",
        securityRuleName: "deny-ssh-rdp-to-vnet",
      },
      `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-lz/securityRules/deny-ssh-rdp-to-vnet`,
    ],
    [
      "azure-native:security:DefenderForStorage",
      {
        resourceId: `${group}/providers/Microsoft.Storage/storageAccounts/stdata`,
        settingName: "current",
      },
      `${group}/providers/Microsoft.Storage/storageAccounts/stdata/providers/Microsoft.Security/defenderForStorageSettings/current`,
    ],
    [
      "azure-native:authorization:PolicyAssignment",
      { scope: group, policyAssignmentName: "ailz-0123456789abcdef" },
      `${group}/providers/Microsoft.Authorization/policyAssignments/ailz-0123456789abcdef`,
    ],
    [
      "azure-native:authorization:PolicyExemption",
      {
        scope: `${group}/providers/Microsoft.Storage/storageAccounts/stweb`,
        policyExemptionName: "ailz-fedcba9876543210",
      },
      `${group}/providers/Microsoft.Storage/storageAccounts/stweb/providers/Microsoft.Authorization/policyExemptions/ailz-fedcba9876543210`,
    ],
    [
      "azure-native:security:Pricing",
      { scopeId: `/subscriptions/${FAKE_SUBSCRIPTION_ID}`, pricingName: "AI" },
      `/subscriptions/${FAKE_SUBSCRIPTION_ID}/providers/Microsoft.Security/pricings/AI`,
    ],
    [
      "azure-native:compute:DiskEncryptionSet",
      { resourceGroupName: "rg-ailz", diskEncryptionSetName: "des-aks" },
      `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-aks`,
    ],
    [
      "azure-native:eventgrid:EventSubscription",
      {
        scope: `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw`,
        eventSubscriptionName: "breach",
      },
      `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw/providers/Microsoft.EventGrid/eventSubscriptions/breach`,
    ],
  ];
  for (const [type, inputs, id] of ids) {
    it(`composes the ARM ID of ${type}`, () =>
      assert.strictEqual(armResourceId(type, "logical", inputs), id));
  }

  it("gives identities principal and client IDs, stable from run to run", () => {
    const inputs = { resourceGroupName: "rg-ailz", resourceName: "id-cmk" };
    const a = computedOutputs("azure-native:managedidentity:UserAssignedIdentity", "id", inputs);
    assert.deepStrictEqual(
      a,
      computedOutputs("azure-native:managedidentity:UserAssignedIdentity", "id", inputs),
    );
    assert.match(a.principalId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notStrictEqual(a.principalId, a.clientId);
    assert.strictEqual(a.tenantId, FAKE_TENANT_ID);
  });

  it("gives online endpoints their scoring URI", () => {
    const out = computedOutputs("azure-native:machinelearningservices:OnlineEndpoint", "ep", {
      resourceGroupName: "rg-ailz",
      workspaceName: "mlw",
      endpointName: "ep-a",
      location: "swedencentral",
      properties: { authMode: "AADToken" },
    });
    assert.deepStrictEqual(out.properties, {
      authMode: "AADToken",
      scoringUri: "https://ep-a.swedencentral.inference.ml.azure.com/score",
      swaggerUri: "https://ep-a.swedencentral.inference.ml.azure.com/swagger.json",
    });
  });

  it("answers random strings with a reproducible result of the asked length and classes", () => {
    const type = "random:index/randomString:RandomString";
    const out = computedOutputs(type, "ws-suffix", { length: 6, upper: false, special: false });
    assert.strictEqual(out.result, out.id);
    assert.match(out.result, /^[a-z0-9]{6}$/);
    assert.strictEqual(
      armResourceId(type, "ws-suffix", { length: 6, upper: false, special: false }),
      out.result,
    );
    assert.notStrictEqual(
      computedOutputs(type, "other", { length: 6, upper: false, special: false }).result,
      out.result,
    );
  });
});
