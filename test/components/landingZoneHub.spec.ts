import * as assert from "assert";
import { AiLandingZone, AiLandingZoneArgs } from "../../components";
import {
  hubConnectionArgs,
  hubEgress,
  hubPeeringArgs,
  wantsHubFirewall,
} from "../../components/landingZone/hub";
import { resolve } from "../../components/landingZone/resolve";
import { validate } from "../../components/landingZone/validate";
import { assertInputErrors } from "../helpers/inputErrors";
import { group, hub, rg } from "../helpers/fixtures";
import { RecorderMocks, settle, useMocks } from "../helpers/mocks";

const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx operator@example";
const spokeVnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz-network`;
const hubVnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz-hub-hub`;
const routeTableId = `${group}/providers/Microsoft.Network/routeTables/rt-lz-network`;
const SUBNET = "azure-native:network:Subnet";
const PEERING = "azure-native:network:VirtualNetworkPeering";

const args = (extra: Partial<AiLandingZoneArgs> = {}): AiLandingZoneArgs => ({
  resourceGroupName: rg,
  location: "swedencentral",
  environment: "prod",
  costCenter: "cc-42",
  owner: "ml-platform",
  alertEmails: ["ops@contoso.com"],
  budgetAmount: 2000,
  slots: { blue: { model: "azureml:credit:1", environmentId: "azureml:sklearn:1", weight: 100 } },
  ...extra,
});

describe("AiLandingZone with a created hub and operator access, at a first preview", () => {
  // One zone for every spec here: building it is the slow part.
  let mocks: RecorderMocks;
  let zone: AiLandingZone;
  before(async () => {
    mocks = await useMocks(true);
    zone = new AiLandingZone(
      "lz",
      args({
        hub: { mode: "create" },
        operatorAccess: { adminSshPublicKey: key, enableBuildAgents: true },
        enableInferenceCluster: true,
        inferenceCluster: {
          inferenceRouterTls: { cname: "scoring.contoso.internal", secretName: "router-tls" },
        },
      }),
    );
    await settle();
  });

  it("creates the hub firewall for the spoke, with threat intelligence and IDPS in Deny", () => {
    assert.strictEqual(zone.hubFirewall?.privateIpAddress, "10.40.0.4");
    const policy = mocks.one("azure-native:network:FirewallPolicy");
    assert.deepStrictEqual(
      [policy.inputs.sku, policy.inputs.threatIntelMode, policy.inputs.intrusionDetection],
      [{ tier: "Premium" }, "Deny", { mode: "Deny" }],
    );
    const rules = mocks.one("azure-native:network:FirewallPolicyRuleCollectionGroup").inputs
      .ruleCollections[0].rules;
    assert.deepStrictEqual(rules[0].sourceAddresses, ["10.42.0.0/16"]);
    assert.strictEqual(
      mocks.one("azure-native:monitor:DiagnosticSetting", "lz-hub-diag-firewall").inputs
        .workspaceId,
      `${group}/providers/Microsoft.OperationalInsights/workspaces/log-lz-obs`,
    );
  });

  it("routes every subnet but Bastion's to the firewall, with known inputs", () => {
    const table = mocks.one("azure-native:network:RouteTable");
    assert.deepStrictEqual(table.inputs.routes, [
      {
        name: "default-via-firewall",
        addressPrefix: "0.0.0.0/0",
        nextHopType: "VirtualAppliance",
        nextHopIpAddress: "10.40.0.4",
      },
    ]);
    const subnets = mocks.ofType(SUBNET);
    assert.strictEqual(subnets.length, 8);
    const routed = Object.fromEntries(
      subnets.map((s) => [s.inputs.subnetName, s.inputs.routeTable?.id ?? "none"]),
    );
    assert.deepStrictEqual(routed, {
      "snet-privateEndpoints": routeTableId,
      "snet-aksSystem": routeTableId,
      "snet-aksInference": routeTableId,
      "snet-training": routeTableId,
      "snet-jumpbox": routeTableId,
      "snet-build-agents": routeTableId,
      AzureBastionSubnet: "none",
      AzureFirewallSubnet: "none",
    });
  });

  it("peers hub and spoke in both directions", () => {
    const peerings = mocks.ofType(PEERING);
    assert.strictEqual(peerings.length, 2);
    const spokeSide = mocks.one(PEERING, "lz-peering-spoke-to-hub");
    assert.deepStrictEqual(
      [spokeSide.inputs.remoteVirtualNetwork, spokeSide.inputs.allowForwardedTraffic],
      [{ id: hubVnet }, true],
    );
    const hubSide = mocks.one(PEERING, "lz-peering-hub-to-spoke");
    assert.deepStrictEqual(
      [hubSide.inputs.virtualNetworkName, hubSide.inputs.remoteVirtualNetwork],
      ["vnet-lz-hub-hub", { id: spokeVnet }],
    );
  });

  it("adds Bastion, a jump box with Entra login and build agents, all without public IPs", () => {
    assert.deepStrictEqual(mocks.one("azure-native:network:BastionHost").inputs.sku, {
      name: "Standard",
    });
    const vm = mocks.one("azure-native:compute:VirtualMachine");
    assert.deepStrictEqual(vm.inputs.securityProfile, {
      securityType: "TrustedLaunch",
      uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
      encryptionAtHost: true,
    });
    assert.strictEqual(vm.inputs.osProfile.linuxConfiguration.disablePasswordAuthentication, true);
    assert.strictEqual(
      mocks.one("azure-native:compute:VirtualMachineExtension").inputs.type,
      "AADSSHLoginForLinux",
    );
    const nic = mocks.one("azure-native:network:NetworkInterface");
    assert.strictEqual(nic.inputs.ipConfigurations.length, 1);
    assert.strictEqual(nic.inputs.ipConfigurations[0].publicIPAddress, undefined);
    const vmss = mocks.one("azure-native:compute:VirtualMachineScaleSet");
    assert.strictEqual(
      vmss.inputs.virtualMachineProfile.securityProfile.securityType,
      "TrustedLaunch",
    );
    // The jump box admits SSH from Bastion's subnet only.
    const jumpNsg = mocks.one("azure-native:network:NetworkSecurityGroup", "lz-jumpbox-nsg");
    assert.strictEqual(jumpNsg.inputs.securityRules[0].sourceAddressPrefix, "10.42.3.0/26");
  });

  it("gives the AKS cluster user-defined routing through the zone's route table", () => {
    const cluster = mocks.one("azure-native:containerservice:ManagedCluster");
    assert.strictEqual(cluster.inputs.networkProfile.outboundType, "userDefinedRouting");
  });
});

describe("AiLandingZone with a brought hub", () => {
  before(async () => {
    await useMocks();
  });

  it("routes to the hub firewall and peers the spoke's side only, creating no firewall", () => {
    const platformHub = `${hub}/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
    const zone = resolve(
      "lz",
      args({
        hub: {
          mode: "bring",
          firewallPrivateIpAddress: "10.0.1.4",
          virtualNetworkResourceId: platformHub,
          addressPrefixes: ["10.0.0.0/22"],
        },
      }),
    );
    assert.strictEqual(wantsHubFirewall(zone), false);
    assert.deepStrictEqual(hubEgress(zone, undefined), { firewallPrivateIpAddress: "10.0.1.4" });
    assert.deepStrictEqual(
      hubPeeringArgs(zone, {
        network: { virtualNetworkResourceId: spokeVnet },
        firewall: undefined,
      }),
      {
        spokeVirtualNetworkResourceId: spokeVnet,
        spokeAddressPrefixes: ["10.42.0.0/16"],
        hubVirtualNetworkResourceId: platformHub,
        hubAddressPrefixes: ["10.0.0.0/22"],
        useRemoteGateways: undefined,
      },
    );
  });

  it("creates no peering for a brought firewall without its hub VNet", () => {
    const zone = resolve(
      "lz",
      args({ hub: { mode: "bring", firewallPrivateIpAddress: "10.0.1.4" } }),
    );
    assert.strictEqual(
      hubPeeringArgs(zone, {
        network: { virtualNetworkResourceId: spokeVnet },
        firewall: undefined,
      }),
      undefined,
    );
  });

  it("rejects overlapping hubs, bad addresses, wrong IDs and conflicting egress", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            hub: {
              mode: "bring",
              firewallPrivateIpAddress: "10.0.1.400",
              virtualNetworkResourceId: routeTableId,
              addressPrefixes: ["10.42.0.0/20"],
            },
            network: { egress: { routeTableResourceId: routeTableId } },
            operatorAccess: { adminSshPublicKey: key, buildAgents: { instanceCount: 2 } },
          }),
        ),
      [
        { propertyPath: "hub.firewallPrivateIpAddress", reason: "is not an IPv4 address" },
        {
          propertyPath: "hub.virtualNetworkResourceId",
          reason: "Microsoft.Network/virtualNetworks",
        },
        { propertyPath: "hub.addressPrefixes", reason: "overlaps the spoke's 10.42.0.0/16" },
        { propertyPath: "network.egress", reason: "conflicts with hub" },
        { propertyPath: "operatorAccess.buildAgents", reason: "enableBuildAgents is not true" },
      ],
    );
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({ hub: { mode: "create", firewall: { addressPrefixes: ["10.42.8.0/24"] } } }),
        ),
      [
        {
          propertyPath: "hub.firewall.addressPrefixes",
          reason: "overlaps the spoke's 10.42.0.0/16",
        },
      ],
    );
    assertInputErrors(
      () => new AiLandingZone("lz", args({ hub: { mode: "hubless" } as never })),
      [{ propertyPath: "hub.mode", reason: "use none, create, bring or virtualWan" }],
    );
  });

  it("rejects operator subnets that overlap the zone's own", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            network: { subnets: { training: "10.42.3.0/24" } },
            operatorAccess: { adminSshPublicKey: key },
          }),
        ),
      [
        {
          propertyPath: "operatorAccess.bastion.subnetPrefix",
          reason: "overlaps network.subnets.training",
        },
        {
          propertyPath: "operatorAccess.jumpBox.subnetPrefix",
          reason: "overlaps network.subnets.training",
        },
      ],
    );
  });
});

describe("AiLandingZone connected to a Virtual WAN hub, at a first preview", () => {
  const virtualHub = `${hub}/providers/Microsoft.Network/virtualHubs/vhub-weu`;
  let mocks: RecorderMocks;
  let zone: AiLandingZone;
  before(async () => {
    mocks = await useMocks(true);
    zone = new AiLandingZone(
      "lz",
      args({ hub: { mode: "virtualWan", virtualHubResourceId: virtualHub } }),
    );
    await settle();
  });

  it("connects the spoke to the hub with internet security, in the hub's group", () => {
    const connection = mocks.one("azure-native:network:HubVirtualNetworkConnection");
    assert.deepStrictEqual(connection.inputs, {
      resourceGroupName: "rg-hub",
      virtualHubName: "vhub-weu",
      connectionName: "conn-lz-vhub",
      remoteVirtualNetwork: { id: spokeVnet },
      enableInternetSecurity: true,
    });
    assert.strictEqual(zone.hubConnection?.connectionName, "conn-lz-vhub");
  });

  it("creates no firewall, peering or route table: the hub propagates the default route", () => {
    assert.strictEqual(zone.hubFirewall, undefined);
    assert.strictEqual(zone.hubPeering, undefined);
    assert.deepStrictEqual(
      ["AzureFirewall", "VirtualNetworkPeering", "RouteTable"].map(
        (t) => mocks.ofType(`azure-native:network:${t}`).length,
      ),
      [0, 0, 0],
    );
    const subnets = mocks.ofType(SUBNET);
    assert.deepStrictEqual(subnets.map((s) => s.inputs.subnetName).sort(), [
      "snet-aksInference",
      "snet-aksSystem",
      "snet-privateEndpoints",
      "snet-training",
    ]);
    for (const subnet of subnets) {
      assert.strictEqual(subnet.inputs.routeTable, undefined);
      assert.strictEqual(subnet.inputs.defaultOutboundAccess, false);
    }
  });
});

describe("AiLandingZone with hub.mode virtualWan", () => {
  const virtualHub = `${hub}/providers/Microsoft.Network/virtualHubs/vhub-weu`;
  before(async () => {
    await useMocks();
  });

  it("routes to the secured hub's firewall when its address is given, and passes the connection's overrides", () => {
    const zone = resolve(
      "lz",
      args({
        hub: {
          mode: "virtualWan",
          virtualHubResourceId: virtualHub,
          firewallPrivateIpAddress: "10.100.0.132",
          connection: { enableInternetSecurity: false, connectionName: "conn-ml" },
        },
      }),
    );
    assert.deepStrictEqual(hubEgress(zone, undefined), {
      firewallPrivateIpAddress: "10.100.0.132",
    });
    assert.deepStrictEqual(
      hubConnectionArgs(zone, { network: { virtualNetworkResourceId: spokeVnet } }),
      {
        enableInternetSecurity: false,
        connectionName: "conn-ml",
        virtualHubResourceId: virtualHub,
        spokeVirtualNetworkResourceId: spokeVnet,
      },
    );
    assert.strictEqual(
      hubPeeringArgs(zone, {
        network: { virtualNetworkResourceId: spokeVnet },
        firewall: undefined,
      }),
      undefined,
    );
  });

  it("rejects a wrong or missing hub ID, a bad firewall address and bad connection overrides", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({
            hub: {
              mode: "virtualWan",
              virtualHubResourceId: `${hub}/providers/Microsoft.Network/virtualWans/vwan`,
              firewallPrivateIpAddress: "10.100.0",
              connection: {
                routing: { associatedRouteTableResourceId: routeTableId },
              },
            },
            network: { egress: { firewallPrivateIpAddress: "10.0.1.4" } },
          }),
        ),
      [
        {
          propertyPath: "hub.virtualHubResourceId",
          reason: "expected a Microsoft.Network/virtualHubs ID",
        },
        { propertyPath: "hub.firewallPrivateIpAddress", reason: "is not an IPv4 address" },
        {
          propertyPath: "hub.connection.routing.associatedRouteTableResourceId",
          reason: "expected a Microsoft.Network/virtualHubs/hubRouteTables ID",
        },
        { propertyPath: "network.egress", reason: "conflicts with hub" },
      ],
    );
    assertInputErrors(
      () => new AiLandingZone("lz", args({ hub: { mode: "virtualWan" } as never })),
      [{ propertyPath: "hub.virtualHubResourceId", reason: "is required" }],
    );
  });

  const cluster = {
    enableInferenceCluster: true,
    inferenceCluster: {
      inferenceRouterTls: { cname: "scoring.contoso.internal", secretName: "router-tls" },
    },
  };

  it("accepts an AKS cluster with the hub firewall's address, which gives the zone a route table", () => {
    const zone = resolve(
      "lz",
      args({
        ...cluster,
        hub: {
          mode: "virtualWan",
          virtualHubResourceId: virtualHub,
          firewallPrivateIpAddress: "10.100.0.132",
        },
      }),
    );
    assert.doesNotThrow(() => validate(zone));
    assert.deepStrictEqual(hubEgress(zone, undefined), {
      firewallPrivateIpAddress: "10.100.0.132",
    });
  });

  it("needs the hub firewall's address for an AKS cluster, whose routing ignores the hub's route", () => {
    assertInputErrors(
      () =>
        new AiLandingZone(
          "lz",
          args({ ...cluster, hub: { mode: "virtualWan", virtualHubResourceId: virtualHub } }),
        ),
      [
        {
          propertyPath: "hub.firewallPrivateIpAddress",
          reason: "AKS's userDefinedRouting needs a route table",
        },
        { propertyPath: "inferenceCluster.routeTableResourceId", reason: "is required" },
      ],
    );
    // A route table of the caller's own stands in for the firewall's address.
    const ownTable = resolve(
      "lz",
      args({
        enableInferenceCluster: true,
        inferenceCluster: { ...cluster.inferenceCluster, routeTableResourceId: routeTableId },
        hub: { mode: "virtualWan", virtualHubResourceId: virtualHub },
      }),
    );
    assert.doesNotThrow(() => validate(ownTable));
  });
});
