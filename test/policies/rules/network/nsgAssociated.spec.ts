import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgAssociated as rule } from "../../../../policies/rules/network/nsgAssociated";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { nsg, subnet } from "./fixtures";

const group = () => stackResource(T.networkSecurityGroup, "nsg", nsg());

describe("nsg-associated", () => {
  it("passes an NSG a subnet depends on", () => {
    const n = group();
    const s = stackResource(
      T.subnet,
      "snet",
      { ...subnet(), networkSecurityGroup: { id: UNKNOWN } },
      {
        propertyDependencies: { networkSecurityGroup: [n] },
      },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [n, s])), []);
  });

  it("passes an NSG an inline subnet names by a known id, without a graph edge", () => {
    const vnet = stackResource(T.virtualNetwork, "vnet", {
      virtualNetworkName: "vnet-ai",
      subnets: [
        {
          name: "snet",
          networkSecurityGroup: { id: subnet().networkSecurityGroup.id.toUpperCase() },
        },
      ],
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [group(), vnet])), []);
  });

  it("reports an NSG nothing associates, on the NSG", () => {
    const other = stackResource(T.subnet, "snet", {
      ...subnet(),
      networkSecurityGroup: { id: "/x/networkSecurityGroups/nsg-other" },
    });
    const result = runStackPolicy(rule, [group(), other]);
    assert.deepStrictEqual(messages(result), [
      "The network security group 'nsg' is associated with no subnet or network interface in the stack; associate it or remove it.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.networkSecurityGroup, "nsg"));
  });

  it("does not count a flow log that depends on the NSG", () => {
    const n = group();
    const log = stackResource(
      T.flowLog,
      "fl",
      { targetResourceId: UNKNOWN },
      { propertyDependencies: { targetResourceId: [n] } },
    );
    assert.strictEqual(messages(runStackPolicy(rule, [n, log])).length, 1);
  });

  it("leaves an NSG whose name is unknown at preview undecided", () => {
    const n = stackResource(T.networkSecurityGroup, "nsg", {
      ...nsg(),
      networkSecurityGroupName: UNKNOWN,
    });
    const result = runStackPolicy(rule, [n]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
