import * as assert from "assert";
import { EgressFirewall, EgressFirewallArgs } from "../../../components/hub";
import { LandingZoneNetwork } from "../../../components/network";
import { assertInputErrors } from "../../helpers/inputErrors";
import { diagnostics, group, rg, sub } from "../../helpers/fixtures";
import { isKnown, mocksPerSpec, settle, unwrap } from "../../helpers/mocks";

const FIREWALL = "azure-native:network:AzureFirewall";
const POLICY = "azure-native:network:FirewallPolicy";
const RULES = "azure-native:network:FirewallPolicyRuleCollectionGroup";

const args = (extra: Partial<EgressFirewallArgs> = {}): EgressFirewallArgs => ({
  resourceGroupName: rg,
  sourceAddressPrefixes: ["10.42.0.0/16"],
  diagnosticSettings: diagnostics,
  ...extra,
});

describe("EgressFirewall", () => {
  describe("with defaults", () => {
    const mocks = mocksPerSpec();

    it("creates a Premium policy with threat intelligence and IDPS in Deny and a DNS proxy", async () => {
      new EgressFirewall("hub", args());
      await settle();
      const policy = mocks.one(POLICY);
      assert.deepStrictEqual(policy.inputs.sku, { tier: "Premium" });
      assert.strictEqual(policy.inputs.threatIntelMode, "Deny");
      assert.deepStrictEqual(policy.inputs.dnsSettings, { enableProxy: true });
      assert.deepStrictEqual(policy.inputs.intrusionDetection, { mode: "Deny" });
    });

    it("creates a zone-redundant firewall in AzureFirewallSubnet with the policy attached", async () => {
      const fw = new EgressFirewall("hub", args());
      await settle();
      const firewall = mocks.one(FIREWALL);
      assert.deepStrictEqual(firewall.inputs.sku, { name: "AZFW_VNet", tier: "Premium" });
      assert.deepStrictEqual(firewall.inputs.zones, ["1", "2", "3"]);
      assert.strictEqual(
        firewall.inputs.firewallPolicy.id,
        `${group}/providers/Microsoft.Network/firewallPolicies/afwp-hub`,
      );
      assert.strictEqual(
        firewall.inputs.ipConfigurations[0].subnet.id,
        `${group}/providers/Microsoft.Network/virtualNetworks/vnet-hub-hub/subnets/AzureFirewallSubnet`,
      );
      const subnet = mocks.one("azure-native:network:Subnet");
      assert.strictEqual(subnet.inputs.addressPrefix, "10.40.0.0/26");
      assert.strictEqual(fw.privateIpAddress, "10.40.0.4");
      const pips = mocks.ofType("azure-native:network:PublicIPAddress");
      assert.strictEqual(pips.length, 2);
      for (const pip of pips) {
        assert.deepStrictEqual(pip.inputs.sku, { name: "Standard", tier: "Regional" });
        assert.deepStrictEqual(pip.inputs.zones, ["1", "2", "3"]);
      }
      const nat = mocks.one("azure-native:network:NatGateway");
      assert.deepStrictEqual([nat.inputs.sku, nat.inputs.zones], [{ name: "Standard" }, ["1"]]);
      assert.deepStrictEqual(subnet.inputs.natGateway, {
        id: `${group}/providers/Microsoft.Network/natGateways/ng-hub`,
      });
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting");
      assert.strictEqual(diag.inputs.resourceUri, await unwrap(fw.firewallResourceId));
      assert.deepStrictEqual(diag.inputs.logs, [{ categoryGroup: "allLogs", enabled: true }]);
    });

    it("allows only the spokes, to the service tags, FQDN tag and FQDNs the zone needs", async () => {
      new EgressFirewall("hub", args({ allowedFqdns: ["pypi.org"] }));
      await settle();
      const group = mocks.one(RULES);
      assert.strictEqual(group.inputs.priority, 200);
      const collections = group.inputs.ruleCollections;
      assert.strictEqual(collections.length, 2);
      const rules = collections.flatMap((c: any) => c.rules);
      assert.strictEqual(rules.length, 6);
      for (const rule of rules) assert.deepStrictEqual(rule.sourceAddresses, ["10.42.0.0/16"]);
      assert.deepStrictEqual(
        collections.map((c: any) => c.action),
        [{ type: "Allow" }, { type: "Allow" }],
      );
      assert.deepStrictEqual(rules[0].destinationAddresses, [
        "AzureActiveDirectory",
        "AzureResourceManager",
        "AzureMonitor",
        "AzureContainerRegistry",
        "MicrosoftContainerRegistry",
        "AzureFrontDoor.FirstParty",
        "AzureMachineLearning",
        "BatchNodeManagement",
        "Storage",
        "AzureKeyVault",
      ]);
      assert.deepStrictEqual(rules[4].fqdnTags, ["AzureKubernetesService"]);
      assert.deepStrictEqual(rules[5].targetFqdns, [
        "mcr.microsoft.com",
        "*.data.mcr.microsoft.com",
        "packages.microsoft.com",
        "acs-mirror.azureedge.net",
        "pypi.org",
      ]);
    });
  });

  describe("opt-outs", () => {
    const mocks = mocksPerSpec();
    it("tier Standard has no IDPS and keeps threat intelligence in Deny", async () => {
      new EgressFirewall("hub", args({ tier: "Standard" }));
      await settle();
      const policy = mocks.one(POLICY);
      assert.deepStrictEqual(policy.inputs.sku, { tier: "Standard" });
      assert.strictEqual(policy.inputs.intrusionDetection, undefined);
      assert.strictEqual(policy.inputs.threatIntelMode, "Deny");
      assert.deepStrictEqual(mocks.one(FIREWALL).inputs.sku, {
        name: "AZFW_VNet",
        tier: "Standard",
      });
    });
  });

  describe("at preview", () => {
    const mocks = mocksPerSpec(true);
    it("keeps the policy, the firewall's inputs and its IDs known", async () => {
      const fw = new EgressFirewall("hub", args());
      await settle();
      assert.strictEqual(mocks.one(POLICY).inputs.threatIntelMode, "Deny");
      assert.strictEqual(
        mocks.one(FIREWALL).inputs.firewallPolicy.id,
        `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/firewallPolicies/afwp-hub`,
      );
      assert.strictEqual(await isKnown(fw.virtualNetworkResourceId), true);
      assert.strictEqual(await isKnown(fw.firewallResourceId), true);
    });
  });

  describe("bad input", () => {
    mocksPerSpec();
    it("names every problem at once", () => {
      assertInputErrors(
        () =>
          new EgressFirewall(
            "hub",
            args({
              addressPrefixes: ["10.40.0.0/24"],
              firewallSubnetPrefix: "10.40.0.0/27",
              sourceAddressPrefixes: ["10.40.0.0/16"],
              tier: "Basic" as never,
              zones: ["4"],
              allowedFqdns: ["not a host"],
            }),
          ),
        [
          {
            propertyPath: "firewallSubnetPrefix",
            reason: "AzureFirewallSubnet must be /26 or larger",
          },
          { propertyPath: "sourceAddressPrefixes[0]", reason: "must not overlap" },
          { propertyPath: "tier", reason: "use Premium or Standard" },
          { propertyPath: "zones[0]", reason: 'use "1", "2" or "3"' },
          { propertyPath: "allowedFqdns[0]", reason: "is not a host name" },
        ],
      );
    });

    it("rejects a hub too small for the firewall subnet and a subnet outside it", () => {
      assertInputErrors(
        () => new EgressFirewall("hub", args({ addressPrefixes: ["10.40.0.0/27"] })),
        [{ propertyPath: "firewallSubnetPrefix", reason: "give a /26 or larger address space" }],
      );
      assertInputErrors(
        () => new EgressFirewall("hub", args({ firewallSubnetPrefix: "10.41.0.0/26" })),
        [
          {
            propertyPath: "firewallSubnetPrefix",
            reason: "is outside the address space 10.40.0.0/24",
          },
        ],
      );
    });
  });
});

describe("LandingZoneNetwork egress", () => {
  const mocks = mocksPerSpec(true);
  const SUBNET = "azure-native:network:Subnet";

  it("routes 0.0.0.0/0 to the firewall from every subnet, known at preview", async () => {
    const net = new LandingZoneNetwork("lz", {
      resourceGroupName: rg,
      egress: { firewallPrivateIpAddress: "10.40.0.4" },
    });
    await settle();
    const table = mocks.one("azure-native:network:RouteTable");
    assert.strictEqual(table.inputs.disableBgpRoutePropagation, true);
    assert.deepStrictEqual(table.inputs.routes, [
      {
        name: "default-via-firewall",
        addressPrefix: "0.0.0.0/0",
        nextHopType: "VirtualAppliance",
        nextHopIpAddress: "10.40.0.4",
      },
    ]);
    const tableId = `${group}/providers/Microsoft.Network/routeTables/rt-lz`;
    assert.strictEqual(await unwrap(net.routeTableResourceId!), tableId);
    const subnets = mocks.ofType(SUBNET);
    assert.strictEqual(subnets.length, 4);
    for (const subnet of subnets) assert.deepStrictEqual(subnet.inputs.routeTable, { id: tableId });
  });

  it("attaches a brought route table and creates none", async () => {
    const brought = `${group}/providers/Microsoft.Network/routeTables/rt-hub`;
    new LandingZoneNetwork("lz", {
      resourceGroupName: rg,
      egress: { routeTableResourceId: brought },
    });
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:network:RouteTable").length, 0);
    const subnets = mocks.ofType(SUBNET);
    assert.strictEqual(subnets.length, 4);
    for (const subnet of subnets) assert.deepStrictEqual(subnet.inputs.routeTable, { id: brought });
  });

  it("attaches no route table without egress", async () => {
    new LandingZoneNetwork("lz", { resourceGroupName: rg });
    await settle();
    const subnets = mocks.ofType(SUBNET);
    assert.strictEqual(subnets.length, 4);
    for (const subnet of subnets) assert.strictEqual(subnet.inputs.routeTable, undefined);
  });

  it("rejects a route table ID of the wrong type, a bad address and both at once", () => {
    assertInputErrors(
      () =>
        new LandingZoneNetwork("lz", {
          resourceGroupName: rg,
          egress: { routeTableResourceId: `${group}/providers/Microsoft.Network/natGateways/ng` },
        }),
      [{ propertyPath: "egress.routeTableResourceId", reason: "Microsoft.Network/routeTables" }],
    );
    assertInputErrors(
      () =>
        new LandingZoneNetwork("lz", {
          resourceGroupName: rg,
          egress: { firewallPrivateIpAddress: "10.40.0.400" },
        }),
      [{ propertyPath: "egress.firewallPrivateIpAddress", reason: "is not an IPv4 address" }],
    );
    assertInputErrors(
      () =>
        new LandingZoneNetwork("lz", {
          resourceGroupName: rg,
          egress: {
            firewallPrivateIpAddress: "10.40.0.4",
            routeTableResourceId: `${group}/providers/Microsoft.Network/routeTables/rt`,
          } as never,
        }),
      [{ propertyPath: "egress", reason: "set exactly one of" }],
    );
  });
});
