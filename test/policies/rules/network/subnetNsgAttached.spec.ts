import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { subnetNsgAttached as rule } from "../../../../policies/rules/network/subnetNsgAttached";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { subnet, vnet } from "./fixtures";

const bare = (fields: Record<string, unknown> = {}) => {
  const props = { ...subnet(), ...fields };
  delete props.networkSecurityGroup;
  return props;
};

describe("subnet-nsg-attached", () => {
  it("passes the compliant subnet and VNet baselines", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, subnet())), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, vnet())), []);
  });

  it("reports a subnet without an NSG, as mandatory", () => {
    const result = runResourcePolicy(rule, T.subnet, bare());
    assert.deepStrictEqual(messages(result), [
      "The subnet has no networkSecurityGroup; attach a network security group.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an inline subnet without an NSG, and an NSG reference without an id", () => {
    const props = vnet();
    props.subnets.push({ name: "snet-open", addressPrefix: "10.42.2.0/24" });
    props.subnets.push({
      name: "snet-empty",
      addressPrefix: "10.42.3.0/24",
      networkSecurityGroup: {},
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, props)), [
      "subnets[1] ('snet-open') has no networkSecurityGroup; attach a network security group.",
      "subnets[2] ('snet-empty') has no networkSecurityGroup; attach a network security group.",
    ]);
  });

  it("exempts the subnets Azure manages and dedicated HSM subnets", () => {
    for (const subnetName of [
      "GatewaySubnet",
      "azurefirewallsubnet",
      "AzureFirewallManagementSubnet",
      "RouteServerSubnet",
    ]) {
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, T.subnet, bare({ subnetName }))),
        [],
        subnetName,
      );
    }
    const hsm = bare({
      delegations: [
        { name: "hsm", serviceName: "Microsoft.HardwareSecurityModules/dedicatedHSMs" },
      ],
    });
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, hsm)), []);
  });

  it("decides at preview without reading an unknown NSG id", () => {
    const result = runResourcePolicy(rule, T.subnet, {
      ...subnet(),
      networkSecurityGroup: { id: UNKNOWN },
    });
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the subnet's name is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.subnet, bare({ subnetName: UNKNOWN })).unknown,
      "string value at .subnetName can't be known during preview",
    ));
});
