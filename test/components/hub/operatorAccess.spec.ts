import * as assert from "assert";
import { Bastion, BuildAgents, HubPeering, JumpBox } from "../../../components/hub";
import { assertInputErrors } from "../../helpers/inputErrors";
import { diagnostics, group, hub, rg } from "../../helpers/fixtures";
import { mocksPerSpec, settle } from "../../helpers/mocks";

const spokeVnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`;
const hubVnet = `${hub}/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
const routeTable = `${group}/providers/Microsoft.Network/routeTables/rt-zone`;
const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx operator@example";
const NSG = "azure-native:network:NetworkSecurityGroup";
const SUBNET = "azure-native:network:Subnet";

const trustedLaunch = {
  securityType: "TrustedLaunch",
  uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
  encryptionAtHost: true,
};
const linux = {
  disablePasswordAuthentication: true,
  provisionVMAgent: true,
  ssh: {
    publicKeys: [{ path: "/home/ailzadmin/.ssh/authorized_keys", keyData: key }],
  },
  patchSettings: {
    patchMode: "AutomaticByPlatform",
    assessmentMode: "AutomaticByPlatform",
    automaticByPlatformSettings: { rebootSetting: "IfRequired" },
  },
};

describe("Bastion", () => {
  const mocks = mocksPerSpec(true);

  it("is Standard, without tunneling, shareable links, IP connect or file copy", async () => {
    new Bastion("ops", {
      resourceGroupName: rg,
      virtualNetworkResourceId: spokeVnet,
      subnetPrefix: "10.42.3.0/26",
      diagnosticSettings: diagnostics,
    });
    await settle();
    const bastion = mocks.one("azure-native:network:BastionHost");
    assert.deepStrictEqual(bastion.inputs.sku, { name: "Standard" });
    assert.strictEqual(bastion.inputs.enableTunneling, false);
    assert.strictEqual(bastion.inputs.enableShareableLink, false);
    assert.strictEqual(bastion.inputs.enableIpConnect, false);
    assert.strictEqual(bastion.inputs.enableFileCopy, false);
    assert.strictEqual(
      bastion.inputs.ipConfigurations[0].subnet.id,
      `${spokeVnet}/subnets/AzureBastionSubnet`,
    );
    const subnet = mocks.one(SUBNET);
    assert.strictEqual(subnet.inputs.subnetName, "AzureBastionSubnet");
    assert.strictEqual(subnet.inputs.routeTable, undefined);
    assert.strictEqual(
      subnet.inputs.networkSecurityGroup.id,
      `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-ops-bastion`,
    );
    const rules = mocks.one(NSG).inputs.securityRules;
    assert.strictEqual(rules.length, 8);
    assert.deepStrictEqual(
      rules.map((r: any) => [
        r.direction,
        r.access,
        r.sourceAddressPrefix,
        r.destinationAddressPrefix,
        r.destinationPortRange ?? r.destinationPortRanges,
      ]),
      [
        ["Inbound", "Allow", "Internet", "*", "443"],
        ["Inbound", "Allow", "GatewayManager", "*", "443"],
        ["Inbound", "Allow", "AzureLoadBalancer", "*", "443"],
        ["Inbound", "Allow", "VirtualNetwork", "VirtualNetwork", ["8080", "5701"]],
        ["Outbound", "Allow", "*", "VirtualNetwork", ["22", "3389"]],
        ["Outbound", "Allow", "*", "AzureCloud", "443"],
        ["Outbound", "Allow", "VirtualNetwork", "VirtualNetwork", ["8080", "5701"]],
        ["Outbound", "Allow", "*", "Internet", "80"],
      ],
    );
  });

  it("tunnels only when asked", async () => {
    new Bastion("ops", {
      resourceGroupName: rg,
      virtualNetworkResourceId: spokeVnet,
      subnetPrefix: "10.42.3.0/26",
      diagnosticSettings: diagnostics,
      enableTunneling: true,
    });
    await settle();
    const bastion = mocks.one("azure-native:network:BastionHost");
    assert.strictEqual(bastion.inputs.enableTunneling, true);
    assert.deepStrictEqual(bastion.inputs.sku, { name: "Standard" });
  });

  it("rejects a subnet smaller than /26, a wrong VNet ID and scale units out of range", () => {
    assertInputErrors(
      () =>
        new Bastion("ops", {
          resourceGroupName: rg,
          virtualNetworkResourceId: routeTable,
          subnetPrefix: "10.42.3.0/27",
          scaleUnits: 1,
          diagnosticSettings: diagnostics,
        }),
      [
        { propertyPath: "virtualNetworkResourceId", reason: "Microsoft.Network/virtualNetworks" },
        { propertyPath: "subnetPrefix", reason: "AzureBastionSubnet needs a /26 or larger" },
        { propertyPath: "scaleUnits", reason: "from 2 to 50" },
      ],
    );
  });
});

describe("JumpBox", () => {
  const mocks = mocksPerSpec(true);

  it("has no public IP, Entra login, no password, trusted launch, host encryption and platform patching", async () => {
    new JumpBox("ops", {
      resourceGroupName: rg,
      virtualNetworkResourceId: spokeVnet,
      subnetPrefix: "10.42.3.64/27",
      bastionSubnetPrefix: "10.42.3.0/26",
      routeTableResourceId: routeTable,
      adminSshPublicKey: key,
    });
    await settle();
    const nic = mocks.one("azure-native:network:NetworkInterface");
    assert.deepStrictEqual(nic.inputs.ipConfigurations, [
      {
        name: "ipconfig",
        subnet: { id: `${spokeVnet}/subnets/snet-jumpbox` },
        privateIPAllocationMethod: "Dynamic",
      },
    ]);
    const vm = mocks.one("azure-native:compute:VirtualMachine");
    assert.deepStrictEqual(vm.inputs.securityProfile, trustedLaunch);
    assert.deepStrictEqual(vm.inputs.osProfile.linuxConfiguration, linux);
    assert.strictEqual(vm.inputs.osProfile.adminPassword, undefined);
    assert.deepStrictEqual(vm.inputs.diagnosticsProfile, { bootDiagnostics: { enabled: true } });
    assert.deepStrictEqual(vm.inputs.identity, { type: "SystemAssigned" });
    assert.deepStrictEqual(vm.inputs.zones, ["1"]);
    const ext = mocks.one("azure-native:compute:VirtualMachineExtension");
    assert.deepStrictEqual(
      [ext.inputs.vmName, ext.inputs.publisher, ext.inputs.type, ext.inputs.typeHandlerVersion],
      ["vm-ops", "Microsoft.Azure.ActiveDirectory", "AADSSHLoginForLinux", "1.0"],
    );
    const subnet = mocks.one(SUBNET);
    assert.deepStrictEqual(subnet.inputs.routeTable, { id: routeTable });
    assert.strictEqual(subnet.inputs.defaultOutboundAccess, false);
    const rules = mocks.one(NSG).inputs.securityRules;
    assert.strictEqual(rules.length, 3);
    assert.deepStrictEqual(
      rules.map((r: any) => [r.direction, r.access, r.priority, r.sourceAddressPrefix]),
      [
        ["Inbound", "Allow", 100, "10.42.3.0/26"],
        ["Inbound", "Deny", 4000, "VirtualNetwork"],
        ["Outbound", "Deny", 4000, "*"],
      ],
    );
  });

  it("names every bad input", () => {
    assertInputErrors(
      () =>
        new JumpBox("ops", {
          resourceGroupName: rg,
          virtualNetworkResourceId: spokeVnet,
          subnetPrefix: "10.42.3.64/30",
          routeTableResourceId: spokeVnet,
          adminSshPublicKey: "hunter2",
          adminUsername: "admin",
          zone: "4",
        }),
      [
        { propertyPath: "subnetPrefix", reason: "needs a /29 or larger" },
        { propertyPath: "routeTableResourceId", reason: "Microsoft.Network/routeTables" },
        { propertyPath: "adminSshPublicKey", reason: "is not an OpenSSH public key" },
        { propertyPath: "adminUsername", reason: "is reserved by Azure" },
        { propertyPath: "zone", reason: 'use "1", "2" or "3"' },
      ],
    );
  });
});

describe("BuildAgents", () => {
  const mocks = mocksPerSpec(true);

  it("is a private, trusted-launch, host-encrypted scale set with no password and no inbound sessions", async () => {
    new BuildAgents("ci", {
      resourceGroupName: rg,
      virtualNetworkResourceId: spokeVnet,
      subnetPrefix: "10.42.3.128/26",
      routeTableResourceId: routeTable,
      adminSshPublicKey: key,
    });
    await settle();
    const vmss = mocks.one("azure-native:compute:VirtualMachineScaleSet");
    const profile = vmss.inputs.virtualMachineProfile;
    assert.deepStrictEqual(profile.securityProfile, trustedLaunch);
    assert.deepStrictEqual(profile.osProfile.linuxConfiguration, linux);
    assert.deepStrictEqual(profile.networkProfile.networkInterfaceConfigurations, [
      {
        name: "nic",
        primary: true,
        ipConfigurations: [
          { name: "ipconfig", subnet: { id: `${spokeVnet}/subnets/snet-build-agents` } },
        ],
      },
    ]);
    assert.deepStrictEqual(profile.diagnosticsProfile, { bootDiagnostics: { enabled: true } });
    assert.deepStrictEqual(vmss.inputs.identity, { type: "SystemAssigned" });
    assert.deepStrictEqual(profile.extensionProfile, {
      extensions: [
        {
          name: "AADSSHLoginForLinux",
          publisher: "Microsoft.Azure.ActiveDirectory",
          type: "AADSSHLoginForLinux",
          typeHandlerVersion: "1.0",
          autoUpgradeMinorVersion: true,
        },
      ],
    });
    assert.strictEqual(vmss.inputs.orchestrationMode, "Flexible");
    assert.deepStrictEqual(vmss.inputs.sku, {
      name: "Standard_D4s_v5",
      tier: "Standard",
      capacity: 0,
    });
    assert.deepStrictEqual(vmss.inputs.zones, ["1", "2", "3"]);
    const rules = mocks.one(NSG).inputs.securityRules;
    assert.strictEqual(rules.length, 2);
    assert.deepStrictEqual(
      rules.map((r: any) => [r.direction, r.access]),
      [
        ["Inbound", "Deny"],
        ["Outbound", "Deny"],
      ],
    );
  });

  it("rejects an instance count out of range", () => {
    assertInputErrors(
      () =>
        new BuildAgents("ci", {
          resourceGroupName: rg,
          virtualNetworkResourceId: spokeVnet,
          subnetPrefix: "10.42.3.128/26",
          adminSshPublicKey: key,
          instanceCount: 101,
        }),
      [{ propertyPath: "instanceCount", reason: "from 0 to 100" }],
    );
  });
});

describe("HubPeering", () => {
  const mocks = mocksPerSpec(true);
  const PEERING = "azure-native:network:VirtualNetworkPeering";
  const base = {
    spokeVirtualNetworkResourceId: spokeVnet,
    spokeAddressPrefixes: ["10.42.0.0/16"],
    hubVirtualNetworkResourceId: hubVnet,
    hubAddressPrefixes: ["10.40.0.0/24"],
  };

  it("peers the spoke to the hub with forwarded traffic and no gateway by default", async () => {
    new HubPeering("peer", base);
    await settle();
    const peering = mocks.one(PEERING);
    assert.deepStrictEqual(
      {
        resourceGroupName: peering.inputs.resourceGroupName,
        virtualNetworkName: peering.inputs.virtualNetworkName,
        remote: peering.inputs.remoteVirtualNetwork,
        allowVirtualNetworkAccess: peering.inputs.allowVirtualNetworkAccess,
        allowForwardedTraffic: peering.inputs.allowForwardedTraffic,
        allowGatewayTransit: peering.inputs.allowGatewayTransit,
        useRemoteGateways: peering.inputs.useRemoteGateways,
      },
      {
        resourceGroupName: rg,
        virtualNetworkName: "vnet-spoke",
        remote: { id: hubVnet },
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: false,
      },
    );
  });

  it("creates the hub's side when asked, offering gateway transit only with remote gateways", async () => {
    new HubPeering("peer", { ...base, createHubSide: true, useRemoteGateways: true });
    await settle();
    const peerings = mocks.ofType(PEERING);
    assert.strictEqual(peerings.length, 2);
    const hubSide = mocks.one(PEERING, "peer-hub-to-spoke");
    assert.deepStrictEqual(
      [
        hubSide.inputs.resourceGroupName,
        hubSide.inputs.virtualNetworkName,
        hubSide.inputs.remoteVirtualNetwork,
        hubSide.inputs.allowForwardedTraffic,
        hubSide.inputs.allowGatewayTransit,
        hubSide.inputs.useRemoteGateways,
      ],
      ["rg-hub", "vnet-hub", { id: spokeVnet }, false, true, false],
    );
    assert.strictEqual(mocks.one(PEERING, "peer-spoke-to-hub").inputs.useRemoteGateways, true);
  });

  it("rejects overlapping address spaces and wrong IDs", () => {
    assertInputErrors(
      () =>
        new HubPeering("peer", {
          ...base,
          hubVirtualNetworkResourceId: routeTable,
          hubAddressPrefixes: ["10.42.5.0/24"],
        }),
      [
        {
          propertyPath: "hubVirtualNetworkResourceId",
          reason: "Microsoft.Network/virtualNetworks",
        },
        { propertyPath: "hubAddressPrefixes", reason: "overlaps the spoke's 10.42.0.0/16" },
      ],
    );
  });
});
