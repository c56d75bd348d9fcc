import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { bastionSubnetSize as rule } from "../../../../policies/rules/network/bastionSubnetSize";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const subnet = (addressPrefix: unknown, subnetName = "AzureBastionSubnet") => ({
  resourceGroupName: "rg",
  virtualNetworkName: "vnet-spoke",
  subnetName,
  addressPrefix,
});

describe("bastion-subnet-size", () => {
  it("passes a /26 and a larger Bastion subnet, and ignores other subnets", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, subnet("10.42.3.0/26"))), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.subnet, subnet("10.42.4.0/24"))), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.subnet, subnet("10.42.5.0/28", "snet-jumpbox"))),
      [],
    );
  });

  it("reports a /27 Bastion subnet, standalone or inline, as advisory", () => {
    const result = runResourcePolicy(rule, T.subnet, subnet("10.42.3.0/27"));
    assert.deepStrictEqual(messages(result), [
      "The subnet is 10.42.3.0/27; AzureBastionSubnet must be /26 or larger.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    const vnet = {
      resourceGroupName: "rg",
      addressSpace: { addressPrefixes: ["10.42.0.0/16"] },
      subnets: [
        { name: "snet-a", addressPrefix: "10.42.0.0/24" },
        { name: "AzureBastionSubnet", addressPrefix: "10.42.3.0/28" },
      ],
    };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualNetwork, vnet)), [
      "subnets[1] ('AzureBastionSubnet') is 10.42.3.0/28; AzureBastionSubnet must be /26 or larger.",
    ]);
  });

  it("is skipped at preview when the prefix is unknown", () => {
    const result = runResourcePolicy(rule, T.subnet, subnet(UNKNOWN));
    assert.match(result.unknown ?? "", /addressPrefix/);
  });
});
