import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vnetPeeringTransit as rule } from "../../../../policies/rules/network/vnetPeeringTransit";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const firewall = () => stackResource(T.azureFirewall, "fw", { resourceGroupName: "rg-hub" });
const routeToAppliance = () =>
  stackResource(T.routeTable, "routes", {
    routes: [
      {
        name: "default",
        addressPrefix: "0.0.0.0/0",
        nextHopType: "VirtualAppliance",
        nextHopIpAddress: "10.0.1.4",
      },
    ],
  });
const vnet = (name: string, subnets?: string[]) =>
  stackResource(T.virtualNetwork, name, {
    resourceGroupName: "rg",
    virtualNetworkName: name,
    ...(subnets
      ? { subnets: subnets.map((s) => ({ name: s, addressPrefix: "10.0.0.0/27" })) }
      : {}),
  });
const subnet = (vnetName: string, subnetName: unknown) =>
  stackResource(T.subnet, `${vnetName}-${String(subnetName)}`, {
    resourceGroupName: "rg",
    virtualNetworkName: vnetName,
    subnetName,
  });
/** A peering as HubPeering writes the spoke's side. */
const peering = (name: string, vnetName: unknown, extra: Record<string, unknown> = {}, o = {}) =>
  stackResource(
    T.virtualNetworkPeering,
    name,
    {
      resourceGroupName: "rg",
      virtualNetworkName: vnetName,
      remoteVirtualNetwork: { id: UNKNOWN },
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      allowGatewayTransit: false,
      useRemoteGateways: false,
      ...extra,
    },
    o,
  );

const forwarded = (name: string) =>
  `The peering '${name}' accepts forwarded traffic but no firewall filters the stack's egress; set allowForwardedTraffic to false, or route 0.0.0.0/0 through a firewall.`;
const transit = (name: string) =>
  `The peering '${name}' offers gateway transit from a VNet without a gateway; set allowGatewayTransit to false (only the hub offers its gateway).`;

describe("vnet-peering-transit", () => {
  it("passes forwarded traffic behind a firewall or a route to one, and transit from a hub with a gateway", () => {
    for (const egress of [firewall(), routeToAppliance()]) {
      assert.deepStrictEqual(
        messages(
          runStackPolicy(rule, [
            egress,
            vnet("vnet-spoke", ["snet-aks"]),
            peering("spoke-to-hub", "vnet-spoke"),
            vnet("vnet-hub", ["AzureFirewallSubnet"]),
            subnet("vnet-hub", "GatewaySubnet"),
            peering("hub-to-spoke", "vnet-hub", {
              allowForwardedTraffic: false,
              allowGatewayTransit: true,
            }),
          ]),
        ),
        [],
      );
    }
  });

  it("reports forwarded traffic accepted in a stack without a firewall, as advisory", () => {
    const result = runStackPolicy(rule, [
      vnet("vnet-spoke"),
      peering("spoke-to-hub", "vnet-spoke"),
      peering("closed", "vnet-spoke", { allowForwardedTraffic: false }),
    ]);
    assert.deepStrictEqual(messages(result), [forwarded("spoke-to-hub")]);
    assert.deepStrictEqual(
      [result.violations[0].urn, result.violations[0].enforcementLevel],
      [urnOf(T.virtualNetworkPeering, "spoke-to-hub"), "advisory"],
    );
  });

  it("reports gateway transit offered from a VNet with no gateway subnet, inline or standalone", () => {
    const result = runStackPolicy(rule, [
      firewall(),
      vnet("vnet-spoke", ["snet-aks"]),
      subnet("vnet-spoke", "snet-training"),
      peering("spoke-to-hub", "vnet-spoke", { allowGatewayTransit: true }),
    ]);
    assert.deepStrictEqual(messages(result), [transit("spoke-to-hub")]);
  });

  it("matches a peering to its VNet by the VNet's name output", () => {
    const spoke = stackResource(T.virtualNetwork, "spoke", {
      resourceGroupName: "rg",
      virtualNetworkName: UNKNOWN,
      subnets: [{ name: "snet-aks" }],
    });
    const result = runStackPolicy(rule, [
      firewall(),
      spoke,
      peering(
        "spoke-to-hub",
        UNKNOWN,
        { allowGatewayTransit: true },
        { propertyDependencies: { virtualNetworkName: [spoke] } },
      ),
    ]);
    assert.deepStrictEqual(messages(result), [transit("spoke-to-hub")]);
  });

  it("judges no transit from a VNet outside the stack, in another group or with subnets unknown at preview", () => {
    const otherGroup = stackResource(T.virtualNetwork, "vnet-spoke", {
      resourceGroupName: "rg-other",
      virtualNetworkName: "vnet-spoke",
      subnets: [],
    });
    for (const stack of [
      [peering("p", "vnet-brought", { allowGatewayTransit: true })],
      [otherGroup, peering("p", "vnet-spoke", { allowGatewayTransit: true })],
      [
        vnet("vnet-spoke", ["snet-aks"]),
        subnet("vnet-spoke", UNKNOWN),
        peering("p", "vnet-spoke", { allowGatewayTransit: true }),
      ],
      [
        stackResource(T.virtualNetwork, "vnet-spoke", {
          resourceGroupName: "rg",
          virtualNetworkName: "vnet-spoke",
          subnets: UNKNOWN,
        }),
        peering("p", "vnet-spoke", { allowGatewayTransit: true }),
      ],
    ]) {
      assert.deepStrictEqual(messages(runStackPolicy(rule, [firewall(), ...stack])), []);
    }
  });

  it("does not judge forwarded traffic unknown at preview", () => {
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [peering("p", "vnet-spoke", { allowForwardedTraffic: UNKNOWN })]),
      ),
      [],
    );
  });

  it("is not applicable to a stack without peerings", () => {
    assert.ok(runStackPolicy(rule, [vnet("vnet-spoke")]).notApplicable);
  });
});
