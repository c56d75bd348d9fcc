import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { firewallSubnetNatGateway as rule } from "../../../../policies/rules/network/firewallSubnetNatGateway";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { subnet, vnet } from "./fixtures";

const firewallSubnet = (fields: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg-hub",
  virtualNetworkName: "vnet-hub",
  subnetName: "AzureFirewallSubnet",
  addressPrefix: "10.0.1.0/26",
  natGateway: { id: UNKNOWN },
  ...fields,
});

describe("firewall-subnet-nat-gateway", () => {
  it("passes a firewall subnet with a NAT gateway (an unknown id is not read)", () => {
    const result = runResourcePolicy(rule, T.subnet, firewallSubnet());
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes other subnets", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, subnet())), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, vnet())), []);
  });

  it("reports a firewall subnet without a NAT gateway, inline or standalone", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.subnet, firewallSubnet({ natGateway: undefined }))),
      ["The subnet has no natGateway; associate a NAT gateway for outbound SNAT."],
    );
    const hub = {
      ...vnet(),
      subnets: [{ name: "AzureFirewallSubnet", addressPrefix: "10.0.1.0/26" }],
    };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, hub)), [
      "subnets[0] ('AzureFirewallSubnet') has no natGateway; associate a NAT gateway for outbound SNAT.",
    ]);
  });

  it("does not ask it of firewalls declared not zonal", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.subnet, firewallSubnet({ natGateway: undefined }), {
          config: { firewallsAreZonal: false },
        }),
      ),
      [],
    ));

  it("is skipped at preview when the subnet's name is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.subnet, firewallSubnet({ subnetName: UNKNOWN })).unknown,
      "string value at .subnetName can't be known during preview",
    ));
});
