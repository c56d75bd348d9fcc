import * as assert from "assert";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { InferenceCluster } from "../../../components/aks";
import { knownResourceId } from "../../../components/common";
import { LandingZoneNetwork } from "../../../components/network";
import { EncryptionKey } from "../../../components/security";
import { group, ids, rg, sub } from "../../helpers/fixtures";
import { isKnown, RecorderMocks, settle, useMocks } from "../../helpers/mocks";
import { aksIds } from "./clusterFixtures";

const CS = "azure-native:containerservice";
const vnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-pv`;

describe("InferenceCluster during preview", () => {
  let preview: RecorderMocks;
  let cluster: InferenceCluster;
  before(async () => {
    preview = await useMocks(true);
    // Subnets and the Log Analytics workspace are created in the same run, as in a first preview.
    const net = new LandingZoneNetwork("pv", { resourceGroupName: rg });
    const law = new operationalinsights.Workspace("pv-law", {
      resourceGroupName: rg,
      workspaceName: "log-pv",
    });
    const lawId = knownResourceId(
      law,
      sub,
      rg,
      "Microsoft.OperationalInsights/workspaces",
      "log-pv",
    );
    const key = new EncryptionKey("pv-key", {
      resourceGroupName: rg,
      keyVaultResourceId: ids.vault,
    });
    cluster = new InferenceCluster("pv", {
      resourceGroupName: rg,
      location: "westeurope",
      systemSubnetResourceId: net.subnetResourceIds.aksSystem,
      inferenceSubnetResourceId: net.subnetResourceIds.aksInference,
      systemSubnetAddressPrefix: net.subnetAddressPrefixes.aksSystem,
      inferenceSubnetAddressPrefix: net.subnetAddressPrefixes.aksInference,
      routeTableResourceId: aksIds.routeTable,
      privateDnsZone: aksIds.apiZone,
      logAnalyticsWorkspaceResourceId: lawId,
      diagnosticSettings: [{ workspaceResourceId: lawId }],
      machineLearningWorkspaceResourceId: aksIds.mlWorkspace,
      inferenceRouterTls: { cname: "scoring.contoso.internal", secretName: "azureml-fe-tls" },
      diskEncryptionKey: key.diskEncryptionKey,
    });
    await settle();
  });
  after(async () => {
    await useMocks();
  });

  it("knows the whole networkProfile, securityProfile and apiServerAccessProfile", () => {
    const c = preview.one(`${CS}:ManagedCluster`).inputs;
    assert.deepStrictEqual(c.networkProfile, {
      networkPlugin: "azure",
      networkPluginMode: "overlay",
      networkPolicy: "cilium",
      networkDataplane: "cilium",
      outboundType: "userDefinedRouting",
      loadBalancerSku: "standard",
      podCidr: "10.244.0.0/16",
      serviceCidr: "10.0.0.0/16",
      dnsServiceIP: "10.0.0.10",
    });
    assert.deepStrictEqual(c.securityProfile, {
      defender: {
        logAnalyticsWorkspaceResourceId: `${group}/providers/Microsoft.OperationalInsights/workspaces/log-pv`,
        securityMonitoring: { enabled: true },
      },
      workloadIdentity: { enabled: true },
      imageCleaner: { enabled: true, intervalHours: 168 },
    });
    assert.deepStrictEqual(c.apiServerAccessProfile, {
      enablePrivateCluster: true,
      enablePrivateClusterPublicFQDN: false,
      privateDNSZone: aksIds.apiZone,
      disableRunCommand: true,
    });
  });

  it("knows the identity, the subnets of both pools and the tenant", () => {
    const c = preview.one(`${CS}:ManagedCluster`).inputs;
    assert.deepStrictEqual(c.identity, {
      type: "UserAssigned",
      userAssignedIdentities: [
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pv-aks`,
      ],
    });
    assert.strictEqual(c.agentPoolProfiles[0].vnetSubnetID, `${vnet}/subnets/snet-aksSystem`);
    assert.strictEqual(
      preview.one(`${CS}:AgentPool`).inputs.vnetSubnetID,
      `${vnet}/subnets/snet-aksInference`,
    );
    assert.strictEqual(c.aadProfile.tenantID, "6d1e8b2a-4c3f-4e5d-9a7b-2c8e1f0d3b4a");
  });

  it("knows the extension's settings and the compute's cluster ID", async () => {
    const clusterId = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-pv`;
    const settings = preview.one("azure-native:kubernetesconfiguration:Extension").inputs
      .configurationSettings;
    assert.deepStrictEqual(
      [
        settings.inferenceRouterServiceType,
        settings.internalLoadBalancerProvider,
        settings.allowInsecureConnections,
        settings["nodeSelector.ailz.io/pool"],
        settings.clusterId,
      ],
      ["LoadBalancer", "azure", "False", "inference", clusterId],
    );
    assert.strictEqual(
      preview.one("azure-native:machinelearningservices:Compute").inputs.properties.resourceId,
      clusterId,
    );
    assert.strictEqual(await isKnown(cluster.resourceId), true);
    assert.strictEqual(await isKnown(cluster.computeResourceId), true);
  });

  it("knows the pool's taint, the toleration mutation and where it is assigned", () => {
    assert.deepStrictEqual(preview.one(`${CS}:AgentPool`).inputs.nodeTaints, [
      "ailz.io/pool=inference:NoSchedule",
    ]);
    const definition = preview.one("azure-native:authorization:PolicyDefinition").inputs;
    assert.match(definition.policyDefinitionName, /^ailz-pool-toleration-[0-9a-f]{12}$/);
    assert.strictEqual(definition.policyRule.then.details.mutationInfo.sourceType, "Base64Encoded");
    const assignment = preview.one("azure-native:authorization:PolicyAssignment").inputs;
    assert.deepStrictEqual(
      [assignment.scope, assignment.policyDefinitionId],
      [
        `${group}/providers/Microsoft.ContainerService/managedClusters/aks-pv`,
        `/subscriptions/${sub}/providers/Microsoft.Authorization/policyDefinitions/${definition.policyDefinitionName}`,
      ],
    );
  });

  it("knows the disk encryption set's ID, while the key version the set starts from is not known before the key exists", () => {
    const setId = `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-pv`;
    assert.strictEqual(preview.one(`${CS}:ManagedCluster`).inputs.diskEncryptionSetID, setId);
    const set = preview.one("azure-native:compute:DiskEncryptionSet").inputs;
    // The mock runtime records an unknown input as an object marked `__pulumiUnknown`.
    assert.strictEqual(set.activeKey.keyUrl.__pulumiUnknown, true);
    assert.deepStrictEqual(set.activeKey.sourceVault, { id: ids.vault });
    assert.deepStrictEqual(set.identity, {
      type: "UserAssigned",
      userAssignedIdentities: [
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pv-key`,
      ],
    });
  });

  it("leaves the identity's principal unknown, which only the role assignments read", async () => {
    assert.strictEqual(await isKnown(cluster.identityPrincipalId), false);
    assert.deepStrictEqual(
      preview
        .ofType("azure-native:authorization:RoleAssignment")
        .map((r) => r.inputs.scope)
        .sort(),
      [
        aksIds.apiZone,
        ids.vault,
        `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-pv`,
        vnet,
        `${vnet}/subnets/snet-aksInference`,
        `${vnet}/subnets/snet-aksSystem`,
      ].sort(),
    );
  });
});
