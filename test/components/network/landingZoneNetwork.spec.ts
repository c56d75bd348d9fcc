import * as assert from "assert";
import type * as pulumi from "@pulumi/pulumi";
import { landingZoneDnsZones } from "../../../components/common";
import { LandingZoneNetwork } from "../../../components/network";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, hub, hubZone, ids, rg } from "../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

const T = "azure-native:network";

describe("LandingZoneNetwork", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let net: LandingZoneNetwork;
    beforeEach(async () => {
      net = new LandingZoneNetwork("lz", { resourceGroupName: rg, tags: { env: "dev" } });
      await settle();
    });

    it("creates a VNet with the default address space", () => {
      const vnet = mocks.one(`${T}:VirtualNetwork`);
      assert.deepStrictEqual(vnet.inputs, {
        resourceGroupName: rg,
        virtualNetworkName: "vnet-lz",
        addressSpace: { addressPrefixes: ["10.42.0.0/16"] },
        // azure-native's defaults for these two flags
        enableDdosProtection: false,
        enableVmProtection: false,
        tags: { env: "dev" },
      });
    });

    it("creates one subnet per role, each with its own NSG and no default outbound access", () => {
      const subnets = mocks.ofType(`${T}:Subnet`);
      assert.deepStrictEqual(
        subnets.map((s) => [
          s.name,
          s.inputs.addressPrefix,
          s.inputs.networkSecurityGroup.id,
          s.inputs.defaultOutboundAccess,
        ]),
        [
          [
            "lz-snet-privateEndpoints",
            "10.42.0.0/24",
            `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-lz-privateEndpoints`,
            false,
          ],
          [
            "lz-snet-aksSystem",
            "10.42.1.0/24",
            `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-lz-aksSystem`,
            false,
          ],
          [
            "lz-snet-aksInference",
            "10.42.4.0/22",
            `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-lz-aksInference`,
            false,
          ],
          [
            "lz-snet-training",
            "10.42.2.0/24",
            `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-lz-training`,
            false,
          ],
        ],
      );
      assert.strictEqual(
        mocks.one(`${T}:Subnet`, "lz-snet-privateEndpoints").inputs.privateEndpointNetworkPolicies,
        "Enabled",
      );
      assert.deepStrictEqual(
        mocks
          .ofType(`${T}:NetworkSecurityGroup`)
          .map((n) => [n.inputs.networkSecurityGroupName, n.inputs.tags]),
        ["privateEndpoints", "aksSystem", "aksInference", "training"].map((r) => [
          `nsg-lz-${r}`,
          { env: "dev" },
        ]),
      );
    });

    it("denies outbound SSH and RDP to the VNet on every NSG; training nodes may still SSH each other", () => {
      const rules = mocks.ofType(`${T}:SecurityRule`);
      assert.strictEqual(rules.length, 5);
      const deny = (role: string) => ({
        resourceGroupName: rg,
        networkSecurityGroupName: `nsg-lz-${role}`,
        securityRuleName: "deny-ssh-rdp-to-vnet",
        description: "No SSH or RDP sessions from this subnet into the network (lateral movement).",
        access: "Deny",
        direction: "Outbound",
        priority: 4000,
        protocol: "Tcp",
        sourceAddressPrefix: "*",
        sourcePortRange: "*",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRanges: ["22", "3389"],
      });
      assert.deepStrictEqual(
        rules.map((r) => [r.name, r.inputs]),
        [
          ["lz-nsg-privateEndpoints-deny-remote-access", deny("privateEndpoints")],
          ["lz-nsg-aksSystem-deny-remote-access", deny("aksSystem")],
          ["lz-nsg-aksInference-deny-remote-access", deny("aksInference")],
          [
            "lz-nsg-training-allow-ssh-in-subnet",
            {
              resourceGroupName: rg,
              networkSecurityGroupName: "nsg-lz-training",
              securityRuleName: "allow-ssh-within-subnet",
              description: "Nodes of a training cluster start distributed (MPI) jobs over SSH.",
              access: "Allow",
              direction: "Outbound",
              priority: 3990,
              protocol: "Tcp",
              sourceAddressPrefix: "10.42.2.0/24",
              sourcePortRange: "*",
              destinationAddressPrefix: "10.42.2.0/24",
              destinationPortRange: "22",
            },
          ],
          ["lz-nsg-training-deny-remote-access", deny("training")],
        ],
      );
      // The NSGs keep no inline rules, so rules added beside these are not overwritten.
      const nsgs = mocks.ofType(`${T}:NetworkSecurityGroup`);
      assert.strictEqual(nsgs.length, 4, "one NSG per subnet role");
      for (const nsg of nsgs) {
        assert.strictEqual(nsg.inputs.securityRules, undefined);
      }
    });

    it("creates every private DNS zone, linked to the VNet without auto-registration", () => {
      const zones = mocks.ofType("azure-native:privatedns:PrivateZone");
      assert.deepStrictEqual(
        zones.map((z) => [z.inputs.privateZoneName, z.inputs.location]),
        landingZoneDnsZones.map((z) => [z, "global"]),
      );
      const links = mocks.ofType("azure-native:privatedns:VirtualNetworkLink");
      assert.strictEqual(links.length, landingZoneDnsZones.length);
      for (const link of links) {
        assert.deepStrictEqual(link.inputs.virtualNetwork, {
          id: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz`,
        });
        assert.strictEqual(link.inputs.registrationEnabled, false);
        assert.strictEqual(link.inputs.virtualNetworkLinkName, "link-vnet-lz");
      }
    });

    it("hands components ready-made private endpoint arguments", async () => {
      assert.strictEqual(
        await unwrap(net.privateEndpoint.subnetResourceId),
        `${group}/providers/Microsoft.Network/virtualNetworks/vnet-lz/subnets/snet-privateEndpoints`,
      );
      const zones = net.privateEndpoint.privateDnsZoneResourceIds!;
      assert.deepStrictEqual(Object.keys(zones), [...landingZoneDnsZones]);
      assert.strictEqual(
        await unwrap(zones["privatelink.vaultcore.azure.net"]),
        `${group}/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net`,
      );
      assert.strictEqual(net.privateEndpoint.policyManagedDns, undefined);
      assert.deepStrictEqual(net.subnetAddressPrefixes, {
        privateEndpoints: "10.42.0.0/24",
        aksSystem: "10.42.1.0/24",
        aksInference: "10.42.4.0/22",
        training: "10.42.2.0/24",
      });
    });
  });

  it("adds subnets to a brought VNet in the VNet's resource group", async () => {
    const net = new LandingZoneNetwork("byo", {
      resourceGroupName: rg,
      virtualNetworkResourceId: ids.hubVnet,
      addressPrefixes: ["10.60.0.0/20"],
      privateDns: { mode: "policyManaged" },
    });
    await settle();
    assert.strictEqual(mocks.ofType(`${T}:VirtualNetwork`).length, 0);
    const subnets = mocks.ofType(`${T}:Subnet`);
    assert.deepStrictEqual(
      subnets.map((s) => [
        s.inputs.resourceGroupName,
        s.inputs.virtualNetworkName,
        s.inputs.addressPrefix,
      ]),
      [
        ["rg-hub", "vnet-spoke", "10.60.0.0/24"],
        ["rg-hub", "vnet-spoke", "10.60.1.0/24"],
        ["rg-hub", "vnet-spoke", "10.60.4.0/22"],
        ["rg-hub", "vnet-spoke", "10.60.2.0/24"],
      ],
    );
    assert.strictEqual(mocks.ofType("azure-native:privatedns:PrivateZone").length, 0);
    assert.strictEqual(net.privateEndpoint.policyManagedDns, true);
    assert.strictEqual(net.privateEndpoint.privateDnsZoneResourceIds, undefined);
    assert.strictEqual(
      await unwrap(net.subnetResourceIds.training),
      `${hub}/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-training`,
    );
  });

  it("uses central zones brought by ID without creating any", async () => {
    const zoneResourceIds = Object.fromEntries(landingZoneDnsZones.map((z) => [z, hubZone(z)]));
    const net = new LandingZoneNetwork("hubdns", {
      resourceGroupName: rg,
      privateDns: { mode: "bring", zoneResourceIds },
    });
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:privatedns:PrivateZone").length, 0);
    assert.strictEqual(mocks.ofType("azure-native:privatedns:VirtualNetworkLink").length, 0);
    assert.strictEqual(
      await unwrap(net.privateEndpoint.privateDnsZoneResourceIds!["privatelink.api.azureml.ms"]),
      hubZone("privatelink.api.azureml.ms"),
    );
  });

  it("attaches each subnet only once its NSG's rules exist, after the previous subnet", async () => {
    const recorder = new OptionsRecorder();
    new LandingZoneNetwork(
      "ord",
      { resourceGroupName: rg },
      { transformations: [recorder.transformation] },
    );
    await settle();
    const dependsOn = async (subnet: string) => {
      const deps = recorder.options.get(`${T}:Subnet::${subnet}`)!.dependsOn as pulumi.Resource[];
      return Promise.all(deps.map(async (d) => (await unwrap(d.urn)).split("::").pop()));
    };
    assert.deepStrictEqual(await dependsOn("ord-snet-privateEndpoints"), [
      "ord-nsg-privateEndpoints-deny-remote-access",
    ]);
    assert.deepStrictEqual(await dependsOn("ord-snet-training"), [
      "ord-snet-aksInference",
      "ord-nsg-training-allow-ssh-in-subnet",
      "ord-nsg-training-deny-remote-access",
    ]);
  });

  it("creates subnets one after another", async () => {
    new LandingZoneNetwork("seq", {
      resourceGroupName: rg,
      subnets: { aksInference: "10.42.8.0/21" },
    });
    await settle();
    assert.strictEqual(
      mocks.one(`${T}:Subnet`, "seq-snet-aksInference").inputs.addressPrefix,
      "10.42.8.0/21",
    );
  });

  describe("rejects bad input", () => {
    it("malformed CIDRs", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bad-cidr", {
            resourceGroupName: rg,
            addressPrefixes: ["10.42.0.0/16", "10.500.0.0/16"],
            subnets: { training: "10.42.2.1/24" },
          }),
        [
          {
            propertyPath: "addressPrefixes[1]",
            reason: '"10.500.0.0/16" is not an IPv4 CIDR block',
          },
          {
            propertyPath: "subnets.training",
            reason: "has host bits set; use the network address 10.42.2.0/24",
          },
        ],
      ));

    it("overlapping subnets and subnets outside the address space", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bad-layout", {
            resourceGroupName: rg,
            subnets: {
              privateEndpoints: "10.42.0.0/24",
              aksSystem: "10.42.0.128/25",
              training: "10.50.0.0/24",
            },
          }),
        [
          {
            propertyPath: "subnets.aksSystem",
            reason: "10.42.0.128/25 overlaps subnets.privateEndpoints (10.42.0.0/24)",
          },
          {
            propertyPath: "subnets.training",
            reason: "10.50.0.0/24 is outside the address space 10.42.0.0/16",
          },
        ],
      ));

    it("an address space too small for the default layout", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("small", {
            resourceGroupName: rg,
            addressPrefixes: ["10.42.0.0/23"],
          }),
        [
          {
            propertyPath: "subnets.aksInference",
            reason: "10.42.0.0/23 is too small to carve a /22 at block 1",
          },
          {
            propertyPath: "subnets.training",
            reason: "10.42.0.0/23 is too small to carve a /24 at block 2",
          },
        ],
      ));

    it("a wrong resource-ID type and conflicting VNet arguments", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bad-vnet", {
            resourceGroupName: rg,
            virtualNetworkResourceId: ids.subnet,
            virtualNetworkName: "vnet-x",
            addressPrefixes: ["10.42.0.0/16"],
          }),
        [
          {
            propertyPath: "virtualNetworkResourceId",
            reason: "expected a Microsoft.Network/virtualNetworks ID",
          },
          { propertyPath: "virtualNetworkName", reason: "conflicts with virtualNetworkResourceId" },
        ],
      ));

    it("a bad VNet name", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bad-name", {
            resourceGroupName: rg,
            virtualNetworkName: "vnet-",
          }),
        [{ propertyPath: "virtualNetworkName", reason: '"vnet-" is not a valid name' }],
      ));

    it("brought zones that are missing or point at the wrong zone", () => {
      const zoneResourceIds: Record<string, string> = Object.fromEntries(
        landingZoneDnsZones.map((z) => [z, hubZone(z)]),
      );
      delete zoneResourceIds["privatelink.azurecr.io"];
      zoneResourceIds["privatelink.blob.core.windows.net"] = hubZone(
        "privatelink.file.core.windows.net",
      );
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bad-zones", {
            resourceGroupName: rg,
            privateDns: { mode: "bring", zoneResourceIds },
          }),
        [
          {
            propertyPath: 'privateDns.zoneResourceIds["privatelink.azurecr.io"]',
            reason: "is required",
          },
          {
            propertyPath: 'privateDns.zoneResourceIds["privatelink.blob.core.windows.net"]',
            reason:
              'points at zone "privatelink.file.core.windows.net"; expected privatelink.blob.core.windows.net',
          },
        ],
      );
    });

    it("a brought VNet without subnets or address space", () =>
      assertInputErrors(
        () =>
          new LandingZoneNetwork("bare", {
            resourceGroupName: rg,
            virtualNetworkResourceId: ids.hubVnet,
          }),
        ["privateEndpoints", "aksSystem", "aksInference", "training"].map((role) => ({
          propertyPath: `subnets.${role}`,
          reason: "is required when the VNet is brought without addressPrefixes",
        })),
      ));
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows subnet and zone IDs, so endpoint inputs stay decidable", async () => {
      const net = new LandingZoneNetwork("pv", { resourceGroupName: rg });
      await settle();
      assert.strictEqual(await isKnown(net.privateEndpoint.subnetResourceId), true);
      assert.strictEqual(
        await isKnown(net.privateDnsZoneResourceIds["privatelink.api.azureml.ms"]),
        true,
      );
      const subnet = preview.one(`${T}:Subnet`, "pv-snet-aksSystem");
      assert.strictEqual(
        subnet.inputs.networkSecurityGroup.id,
        `${group}/providers/Microsoft.Network/networkSecurityGroups/nsg-pv-aksSystem`,
      );
    });
  });
});
