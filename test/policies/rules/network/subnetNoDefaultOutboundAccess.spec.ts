import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { subnetNoDefaultOutboundAccess as rule } from "../../../../policies/rules/network/subnetNoDefaultOutboundAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { subnet, vnet } from "./fixtures";

describe("subnet-no-default-outbound-access", () => {
  it("passes the compliant subnet and VNet baselines", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, subnet())), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, vnet())), []);
  });

  it("reports default outbound access turned on, as mandatory", () => {
    const result = runResourcePolicy(rule, T.subnet, { ...subnet(), defaultOutboundAccess: true });
    assert.deepStrictEqual(messages(result), [
      "The subnet sets defaultOutboundAccess to true; set it to false.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an inline subnet that leaves it to Azure", () => {
    const props = vnet();
    delete props.subnets[0].defaultOutboundAccess;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, props)), [
      "subnets[0] ('snet-workload') does not set defaultOutboundAccess, so Azure gives its hosts default outbound access; set it to false.",
    ]);
  });

  it("exempts gateway, firewall and Bastion subnets and delegated subnets", () => {
    for (const subnetName of ["GatewaySubnet", "AzureFirewallSubnet", "AzureBastionSubnet"]) {
      const props = { ...subnet(), subnetName, defaultOutboundAccess: true };
      assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, props)), [], subnetName);
    }
    const delegated = {
      ...subnet(),
      defaultOutboundAccess: true,
      delegations: [{ name: "d", serviceName: "Microsoft.Web/serverFarms" }],
    };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, delegated)), []);
  });

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.subnet, { ...subnet(), defaultOutboundAccess: UNKNOWN }).unknown,
      "string value at .defaultOutboundAccess can't be known during preview",
    ));
});
