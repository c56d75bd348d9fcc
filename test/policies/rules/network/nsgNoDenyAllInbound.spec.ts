import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoDenyAllInbound as rule } from "../../../../policies/rules/network/nsgNoDenyAllInbound";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { httpsFromVnet, nsg, securityRule } from "./fixtures";

const denyAll = (priority: unknown) => ({
  name: "deny-all",
  priority,
  direction: "Inbound",
  access: "Deny",
  protocol: "*",
  sourceAddressPrefix: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "*",
});
const group = (...rules: object[]) =>
  stackResource(T.networkSecurityGroup, "nsg", { ...nsg(), securityRules: rules });
const run = (...resources: ReturnType<typeof group>[]) => runStackPolicy(rule, resources);

describe("nsg-no-deny-all-inbound", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(run(stackResource(T.networkSecurityGroup, "nsg", nsg()))), []));

  it("reports a deny from '*' that outranks every allow rule, on the NSG", () => {
    const result = run(group(httpsFromVnet(), denyAll(100)));
    assert.deepStrictEqual(messages(result), [
      "securityRules[1] ('deny-all') of 'nsg' is the first inbound rule and denies traffic from '*', which also blocks load balancer probes and platform traffic; let required traffic through first.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.networkSecurityGroup, "nsg"));
  });

  it("passes the same deny one priority after the allow rule (201 against 200)", () =>
    assert.deepStrictEqual(messages(run(group(httpsFromVnet(), denyAll(201)))), []));

  it("counts standalone rules that name the NSG", () => {
    const standalone = stackResource(T.securityRule, "deny", securityRule(denyAll(100)));
    assert.deepStrictEqual(messages(run(group(httpsFromVnet()), standalone)), [
      "The rule 'deny-all' of 'nsg' is the first inbound rule and denies traffic from '*', which also blocks load balancer probes and platform traffic; let required traffic through first.",
    ]);
  });

  it("passes an NSG without inbound rules", () =>
    assert.deepStrictEqual(messages(run(group())), []));

  it("leaves an NSG undecided while a priority is unknown at preview", () => {
    const result = run(group(httpsFromVnet(), denyAll(UNKNOWN)));
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
