import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { hubVnetRequiredSubnets as rule } from "../../../../policies/rules/network/hubVnetRequiredSubnets";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { vnet } from "./fixtures";

const hub = (...names: string[]) =>
  stackResource(T.virtualNetwork, "hub", {
    ...vnet(),
    virtualNetworkName: "vnet-hub",
    subnets: names.map((name) => ({ name })),
  });
const standalone = (subnetName: string, virtualNetworkName: unknown = "vnet-hub") =>
  stackResource(T.subnet, subnetName, { subnetName, virtualNetworkName });

describe("hub-vnet-required-subnets", () => {
  it("passes a hub with all three subnets, inline or standalone", () => {
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [hub("GatewaySubnet", "AzureFirewallSubnet", "AzureBastionSubnet")]),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          hub("GatewaySubnet"),
          standalone("AzureFirewallSubnet"),
          standalone("AzureBastionSubnet"),
        ]),
      ),
      [],
    );
  });

  it("passes a spoke without a gateway", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [stackResource(T.virtualNetwork, "spoke", vnet())])),
      [],
    ));

  it("reports each missing hub subnet, on the VNet", () => {
    const result = runStackPolicy(rule, [
      hub("GatewaySubnet"),
      standalone("AzureBastionSubnet", "vnet-other"),
    ]);
    assert.deepStrictEqual(messages(result), [
      "The virtual network 'hub' has a GatewaySubnet but no AzureFirewallSubnet; add it.",
      "The virtual network 'hub' has a GatewaySubnet but no AzureBastionSubnet; add it.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.virtualNetwork, "hub"));
  });

  it("counts a subnet linked by a graph edge when the VNet's name is unknown at preview", () => {
    const h = stackResource(T.virtualNetwork, "hub", {
      virtualNetworkName: UNKNOWN,
      subnets: [{ name: "GatewaySubnet" }],
    });
    const linked = (name: string) =>
      stackResource(
        T.subnet,
        name,
        { subnetName: name, virtualNetworkName: UNKNOWN },
        {
          propertyDependencies: { virtualNetworkName: [h] },
        },
      );
    const result = runStackPolicy(rule, [
      h,
      linked("AzureFirewallSubnet"),
      linked("AzureBastionSubnet"),
    ]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
