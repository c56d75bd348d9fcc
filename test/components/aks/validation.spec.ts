import { InferenceCluster, InferenceClusterArgs } from "../../../components/aks";
import { group, ids } from "../../helpers/fixtures";
import { assertInputErrors, ExpectedError } from "../../helpers/inputErrors";
import { RecorderMocks, useMocks } from "../../helpers/mocks";
import { aksIds, clusterArgs } from "./clusterFixtures";

function rejects(extra: Partial<InferenceClusterArgs>, expected: ExpectedError[]): void {
  assertInputErrors(() => new InferenceCluster("bad", clusterArgs(extra)), expected);
}

describe("InferenceCluster rejects bad input", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMocks();
  });
  afterEach(() => mocks.reset());

  it("bad names for the cluster, DNS prefix, pools, compute and namespace", () =>
    rejects(
      {
        clusterName: "-aks",
        dnsPrefix: "a",
        systemPool: { name: "System" },
        inferencePool: { name: "inference-pool" },
        computeName: "1compute",
        computeNamespace: "Models",
      },
      [
        { propertyPath: "clusterName", reason: '"-aks" is not a valid name: use 1-63 letters' },
        { propertyPath: "dnsPrefix", reason: '"a" is not a DNS prefix' },
        { propertyPath: "systemPool.name", reason: '"System" is not a node pool name' },
        {
          propertyPath: "inferencePool.name",
          reason: "use 1-12 lowercase letters or digits, starting with a letter",
        },
        { propertyPath: "computeName", reason: '"1compute" is not a compute name' },
        { propertyPath: "computeNamespace", reason: '"Models" is not a Kubernetes namespace' },
      ],
    ));

  it("no way to encrypt node disks, without the explicit opt-out", () =>
    rejects({ diskEncryptionKey: undefined }, [
      {
        propertyPath: "diskEncryptionKey",
        reason:
          "is required: pass EncryptionKey.diskEncryptionKey to encrypt node disks with a customer-managed key, bring a set with diskEncryptionSetResourceId, or opt out with platformManagedDiskKeys: true",
      },
    ]));

  it("several ways to encrypt node disks (conflicting arguments)", () => {
    rejects(
      { diskEncryptionSetResourceId: aksIds.diskEncryptionSet, platformManagedDiskKeys: true },
      [
        {
          propertyPath: "diskEncryptionKey",
          reason:
            "conflicts with diskEncryptionSetResourceId and platformManagedDiskKeys: true: choose one way to encrypt node disks",
        },
      ],
    );
    rejects(
      {
        diskEncryptionKey: undefined,
        diskEncryptionSetResourceId: aksIds.diskEncryptionSet,
        platformManagedDiskKeys: true,
      },
      [
        {
          propertyPath: "diskEncryptionSetResourceId",
          reason: "conflicts with platformManagedDiskKeys: true",
        },
      ],
    );
  });

  it("a disk key with IDs of the wrong type and a key URL without a version", () =>
    rejects(
      {
        diskEncryptionKey: {
          keyVaultResourceId: ids.identity,
          keyUrlWithVersion: "https://kv-ailz.vault.azure.net/keys/cmk-ailz",
          userAssignedIdentityResourceId: ids.vault,
        },
      },
      [
        {
          propertyPath: "diskEncryptionKey.keyVaultResourceId",
          reason: "expected a Microsoft.KeyVault/vaults ID",
        },
        {
          propertyPath: "diskEncryptionKey.keyUrlWithVersion",
          reason:
            '"https://kv-ailz.vault.azure.net/keys/cmk-ailz" is not a versioned key URL: use https://<vault>.vault.azure.net/keys/<name>/<version>',
        },
        {
          propertyPath: "diskEncryptionKey.userAssignedIdentityResourceId",
          reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
        },
      ],
    ));

  it("resource IDs of the wrong type", () =>
    rejects(
      {
        systemSubnetResourceId: aksIds.vnet,
        inferenceSubnetResourceId: "snet-aksInference",
        routeTableResourceId: aksIds.natGateway,
        logAnalyticsWorkspaceResourceId: aksIds.mlWorkspace,
        machineLearningWorkspaceResourceId: ids.workspace,
        diskEncryptionKey: undefined,
        diskEncryptionSetResourceId: ids.vault,
        privateDnsZone: aksIds.vnet,
      },
      [
        {
          propertyPath: "systemSubnetResourceId",
          reason: "expected a Microsoft.Network/virtualNetworks/subnets ID",
        },
        { propertyPath: "inferenceSubnetResourceId", reason: "is not an ARM resource ID" },
        {
          propertyPath: "routeTableResourceId",
          reason: "expected a Microsoft.Network/routeTables ID",
        },
        {
          propertyPath: "logAnalyticsWorkspaceResourceId",
          reason: "expected a Microsoft.OperationalInsights/workspaces ID",
        },
        {
          propertyPath: "machineLearningWorkspaceResourceId",
          reason: "expected a Microsoft.MachineLearningServices/workspaces ID",
        },
        {
          propertyPath: "diskEncryptionSetResourceId",
          reason: "expected a Microsoft.Compute/diskEncryptionSets ID",
        },
        {
          propertyPath: "privateDnsZone",
          reason: /expected a Microsoft\.Network\/privateDnsZones ID .*; or use "system"$/,
        },
      ],
    ));

  it("a brought DNS zone that is not an API server zone", () =>
    rejects(
      {
        privateDnsZone: `${group}/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net`,
      },
      [
        {
          propertyPath: "privateDnsZone",
          reason:
            'points at zone "privatelink.blob.core.windows.net"; an API server zone is named privatelink.<region>.azmk8s.io',
        },
      ],
    ));

  it("missing workspace, Log Analytics workspace, subnets and diagnostics", () =>
    assertInputErrors(
      () =>
        new InferenceCluster("bad", {
          ...clusterArgs(),
          machineLearningWorkspaceResourceId: undefined as never,
          logAnalyticsWorkspaceResourceId: undefined as never,
          systemSubnetResourceId: undefined as never,
          diagnosticSettings: undefined as never,
        }),
      [
        { propertyPath: "machineLearningWorkspaceResourceId", reason: "is required" },
        { propertyPath: "logAnalyticsWorkspaceResourceId", reason: "is required" },
        { propertyPath: "systemSubnetResourceId", reason: "is required" },
        { propertyPath: "diagnosticSettings", reason: "or [] to opt out of diagnostics" },
      ],
    ));

  it("minCount above maxCount, and counts out of range", () =>
    rejects(
      {
        systemPool: { minCount: 0, maxCount: 2 },
        inferencePool: { minCount: 5, maxCount: 4 },
      },
      [
        {
          propertyPath: "systemPool.minCount",
          reason: "0 is out of range: use a whole number from 1 to 1000",
        },
        {
          propertyPath: "inferencePool.minCount",
          reason: "5 is greater than maxCount 4: the autoscaler needs minCount <= maxCount",
        },
      ],
    ));

  it("zones outside 1-3, repeated or empty", () =>
    rejects(
      {
        systemPool: { availabilityZones: ["1", "4" as never] },
        inferencePool: { availabilityZones: ["2", "2"] },
      },
      [
        {
          propertyPath: "systemPool.availabilityZones",
          reason: '[1, 4] is not allowed: use a non-empty subset of "1", "2", "3" without repeats',
        },
        { propertyPath: "inferencePool.availabilityZones", reason: "[2, 2] is not allowed" },
      ],
    ));

  it("node subnets too small for nodes at maxCount plus surge and the load balancer", () =>
    rejects(
      {
        systemSubnetAddressPrefix: "10.42.1.0/29",
        inferenceSubnetAddressPrefix: "10.42.4.0/28",
        inferencePool: { maxCount: 9 },
      },
      [
        {
          propertyPath: "systemSubnetAddressPrefix",
          // 7 nodes (maxCount 5 + 33% surge) plus 2 internal load balancer frontends.
          reason:
            "10.42.1.0/29 has 3 usable addresses but needs 9 (7 nodes at maxCount plus upgrade surge, 2 for internal load balancers)",
        },
        {
          propertyPath: "inferenceSubnetAddressPrefix",
          // 12 nodes (maxCount 9 + 33% surge); a /28 has 11 usable addresses.
          reason:
            "10.42.4.0/28 has 11 usable addresses but needs 12 (12 nodes at maxCount plus upgrade surge); use a larger subnet or lower maxCount",
        },
      ],
    ));

  it("one shared node subnet too small for both pools", () =>
    rejects(
      { systemSubnetAddressPrefix: "10.42.1.0/28", inferenceSubnetAddressPrefix: "10.42.1.0/28" },
      [
        {
          propertyPath: "systemSubnetAddressPrefix",
          reason: "10.42.1.0/28 has 11 usable addresses but needs 17 (15 nodes",
        },
      ],
    ));

  it("a pod CIDR without a /24 per node (nodes x maxPods under overlay)", () =>
    rejects({ podCidr: "10.244.0.0/22", inferencePool: { maxCount: 9 } }, [
      {
        propertyPath: "podCidr",
        reason:
          "10.244.0.0/22 gives 4 nodes a /24 each (up to 250 pods per node) but the pools can reach 19 nodes",
      },
    ]));

  it("maxPods outside overlay's range, a bad surge, disk size and VM size", () =>
    rejects(
      {
        systemPool: { maxPods: 20, maxSurge: "0%" },
        inferencePool: { maxPods: 300, osDiskSizeGB: 10, vmSize: "D8ds_v5" },
      },
      [
        {
          propertyPath: "systemPool.maxPods",
          reason: "20 is out of range: use a whole number from 30 to 250 (Azure CNI overlay)",
        },
        { propertyPath: "systemPool.maxSurge", reason: '"0%" is not a surge' },
        { propertyPath: "inferencePool.maxPods", reason: "from 10 to 250" },
        { propertyPath: "inferencePool.osDiskSizeGB", reason: "10 is out of range" },
        { propertyPath: "inferencePool.vmSize", reason: '"D8ds_v5" is not a VM size' },
      ],
    ));

  it("an inference pool in System mode", () =>
    rejects({ inferencePool: { mode: "System" } }, [
      {
        propertyPath: "inferencePool.mode",
        reason: '"System" is not allowed: the inference pool must be a User pool',
      },
    ]));

  it("Spot capacity for the inference pool", () =>
    rejects({ inferencePool: { scaleSetPriority: "Spot" } }, [
      {
        propertyPath: "inferencePool.scaleSetPriority",
        reason: "Azure ML pods cannot tolerate taints (Azure/AML-Kubernetes#53)",
      },
    ]));

  it("a label that would override the isolation label, and pools with one name", () =>
    rejects(
      {
        systemPool: { name: "pool1" },
        inferencePool: { name: "pool1", nodeLabels: { "ailz.io/pool": "x" } },
      },
      [
        {
          propertyPath: 'inferencePool.nodeLabels["ailz.io/pool"]',
          reason: "is the isolation label the component sets itself",
        },
        { propertyPath: "inferencePool.name", reason: "pool names must differ" },
      ],
    ));

  it("a Kubernetes version below the supported minimum", () =>
    rejects({ kubernetesVersion: "1.30" }, [
      {
        propertyPath: "kubernetesVersion",
        reason: "1.30 is below the supported minimum 1.33: use 1.33 or newer",
      },
    ]));

  it("a malformed Kubernetes version", () =>
    rejects({ kubernetesVersion: "v1.34" }, [
      { propertyPath: "kubernetesVersion", reason: '"v1.34" is not a Kubernetes version' },
    ]));

  it("a pinned patch version with an automatic upgrade channel (conflicting arguments)", () =>
    rejects({ kubernetesVersion: "1.34.2", upgradeChannel: "stable" }, [
      {
        propertyPath: "kubernetesVersion",
        reason:
          '"1.34.2" pins a patch version, which conflicts with upgradeChannel "stable": give the minor only (e.g. "1.34")',
      },
    ]));

  it("user-defined routing without a route table, with NAT gateway arguments", () =>
    rejects({ routeTableResourceId: undefined, natGatewayResourceId: aksIds.natGateway }, [
      {
        propertyPath: "routeTableResourceId",
        reason: 'is required with outboundType "userDefinedRouting"',
      },
      {
        propertyPath: "natGatewayResourceId",
        reason: 'conflicts with outboundType "userDefinedRouting"',
      },
    ]));

  it("a NAT gateway outbound without the gateway, with a route table", () =>
    rejects({ outboundType: "userAssignedNATGateway" }, [
      {
        propertyPath: "natGatewayResourceId",
        reason: 'is required with outboundType "userAssignedNATGateway"',
      },
      {
        propertyPath: "routeTableResourceId",
        reason: 'conflicts with outboundType "userAssignedNATGateway"',
      },
    ]));

  it("public load balancer egress and an unknown network policy", () =>
    rejects({ outboundType: "loadBalancer" as never, networkPolicy: "calico" as never }, [
      { propertyPath: "outboundType", reason: "no public load balancer egress" },
      { propertyPath: "networkPolicy", reason: '"calico" is not allowed: use cilium or azure' },
    ]));

  it("overlapping or malformed CIDRs", () =>
    rejects({ podCidr: "10.42.0.0/16", serviceCidr: "10.0.0.1/16" }, [
      { propertyPath: "serviceCidr", reason: '"10.0.0.1/16" has host bits set' },
      {
        propertyPath: "systemSubnetAddressPrefix",
        reason: "10.42.1.0/24 overlaps podCidr (10.42.0.0/16)",
      },
      {
        propertyPath: "inferenceSubnetAddressPrefix",
        reason: "10.42.4.0/22 overlaps podCidr (10.42.0.0/16)",
      },
    ]));

  it("a DNS service address outside the service CIDR", () =>
    rejects({ dnsServiceIP: "10.1.0.10" }, [
      { propertyPath: "dnsServiceIP", reason: "10.1.0.10 is outside serviceCidr 10.0.0.0/16" },
    ]));

  it("no router TLS without the explicit opt-out", () =>
    rejects({ inferenceRouterTls: undefined }, [
      {
        propertyPath: "inferenceRouterTls",
        reason: "is required: give the router's host name and certificate",
      },
    ]));

  it("router TLS together with allowInsecureConnections (conflicting arguments)", () =>
    rejects({ allowInsecureConnections: true }, [
      {
        propertyPath: "inferenceRouterTls",
        reason: "conflicts with allowInsecureConnections: true",
      },
    ]));

  it("router TLS with a bad host name, both a secret and PEMs", () =>
    rejects(
      {
        inferenceRouterTls: {
          cname: "scoring",
          secretName: "azureml-fe-tls",
          certificatePem: "-----BEGIN CERTIFICATE-----",
        },
      },
      [
        { propertyPath: "inferenceRouterTls.cname", reason: '"scoring" is not a host name' },
        {
          propertyPath: "inferenceRouterTls.secretName",
          reason: "conflicts with certificatePem/keyPem",
        },
      ],
    ));

  it("a router certificate without its key", () =>
    rejects(
      { inferenceRouterTls: { cname: "scoring.contoso.internal", certificatePem: "-----BEGIN" } },
      [
        {
          propertyPath: "inferenceRouterTls.keyPem",
          reason: "is required unless secretName is given",
        },
      ],
    ));

  it("a highly available router on a pool that cannot reach 3 nodes", () =>
    rejects({ inferencePool: { minCount: 0, maxCount: 2 } }, [
      {
        propertyPath: "inferencePool.maxCount",
        reason: "2 is too small for the highly available inference router",
      },
    ]));

  it("the Free tier, unknown upgrade channels, a bad window and image cleaner interval", () =>
    rejects(
      {
        skuTier: "Free" as never,
        upgradeChannel: "weekly" as never,
        nodeOSUpgradeChannel: "Daily" as never,
        imageCleanerIntervalHours: 12,
        maintenanceWindow: {
          dayOfWeek: "Sun" as never,
          startTime: "25:00",
          durationHours: 2,
          utcOffset: "01:00",
        },
      },
      [
        { propertyPath: "skuTier", reason: "Free has no uptime SLA" },
        { propertyPath: "upgradeChannel", reason: '"weekly" is not an upgrade channel' },
        { propertyPath: "nodeOSUpgradeChannel", reason: '"Daily" is not a node OS channel' },
        { propertyPath: "imageCleanerIntervalHours", reason: "from 24 to 2160" },
        { propertyPath: "maintenanceWindow.dayOfWeek", reason: '"Sun" is not a day' },
        { propertyPath: "maintenanceWindow.startTime", reason: '"25:00" is not a time' },
        { propertyPath: "maintenanceWindow.durationHours", reason: "from 4 to 24" },
        { propertyPath: "maintenanceWindow.utcOffset", reason: '"01:00" is not an offset' },
      ],
    ));

  it("an admin group that is not an object ID", () =>
    rejects({ adminGroupObjectIds: ["aks-admins"] }, [
      {
        propertyPath: "adminGroupObjectIds[0]",
        reason: '"aks-admins" is not an Entra ID object ID',
      },
    ]));

  it("bad shared arguments: tags and lock kind", () =>
    rejects({ tags: { "a/b": "x" }, lock: { kind: "Delete" as never } }, [
      { propertyPath: "tags", reason: 'tag name "a/b" is not allowed' },
      { propertyPath: "lock.kind", reason: '"Delete" is not a lock kind' },
    ]));
});
