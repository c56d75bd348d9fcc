import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgDenyOutboundRemoteAccess as rule } from "../../../../policies/rules/network/nsgDenyOutboundRemoteAccess";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { denyOutboundRemoteAccess, httpsFromVnet, nsg, securityRule } from "./fixtures";

const MESSAGE =
  "The network security group 'nsg' has no outbound rule denying SSH (22) or RDP (3389) to 'VirtualNetwork'; add an outbound Deny rule for them.";
const group = (...rules: object[]) =>
  stackResource(T.networkSecurityGroup, "nsg", { ...nsg(), securityRules: rules });

describe("nsg-deny-outbound-remote-access", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [stackResource(T.networkSecurityGroup, "nsg", nsg())])),
      [],
    ));

  it("reports an NSG with only the default outbound rules, on the NSG, as advisory", () => {
    const result = runStackPolicy(rule, [group(httpsFromVnet())]);
    assert.deepStrictEqual(messages(result), [MESSAGE]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.networkSecurityGroup, "nsg"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("exempts the NSG of an AzureBastionSubnet, and only that one", () => {
    const bastionNsg = group(httpsFromVnet());
    const subnet = (subnetName: string) =>
      stackResource(
        T.subnet,
        subnetName,
        { subnetName, networkSecurityGroup: { id: UNKNOWN } },
        { propertyDependencies: { networkSecurityGroup: [bastionNsg] } },
      );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [bastionNsg, subnet("AzureBastionSubnet")])),
      [],
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [bastionNsg, subnet("snet-jumpbox")])), [
      MESSAGE,
    ]);
  });

  it("reports a deny that an earlier outbound allow overrides", () => {
    const allowFirst = {
      ...denyOutboundRemoteAccess(),
      name: "allow-all-out",
      priority: 100,
      access: "Allow",
      destinationPortRanges: undefined,
      destinationPortRange: "*",
    };
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [group(allowFirst, denyOutboundRemoteAccess())])),
      [MESSAGE],
    );
  });

  it("passes when only RDP is denied, to every destination", () =>
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          group({
            ...denyOutboundRemoteAccess(),
            destinationAddressPrefix: "*",
            destinationPortRanges: ["3389"],
          }),
        ]),
      ),
      [],
    ));

  it("counts a standalone deny rule linked to the NSG by a graph edge", () => {
    const n = stackResource(T.networkSecurityGroup, "nsg", {
      ...nsg(),
      securityRules: [],
      networkSecurityGroupName: UNKNOWN,
    });
    const deny = stackResource(
      T.securityRule,
      "deny-out",
      { ...securityRule(denyOutboundRemoteAccess()), networkSecurityGroupName: UNKNOWN },
      { propertyDependencies: { networkSecurityGroupName: [n] } },
    );
    const result = runStackPolicy(rule, [n, deny]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("leaves an NSG undecided while an outbound rule's access is unknown at preview", () => {
    const result = runStackPolicy(rule, [
      group({ ...denyOutboundRemoteAccess(), access: UNKNOWN }),
    ]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
