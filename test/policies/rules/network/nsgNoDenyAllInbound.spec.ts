import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoDenyAllInbound as rule } from "../../../../policies/rules/network/nsgNoDenyAllInbound";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { httpsFromVnet, nsg } from "./fixtures";

const denyAll = (priority: number) => ({
  name: "deny-all",
  priority,
  direction: "Inbound",
  access: "Deny",
  protocol: "*",
  sourceAddressPrefix: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "*",
});
const withRules = (...rules: object[]) => ({ ...nsg(), securityRules: rules });
const run = (props: object) => runResourcePolicy(rule, T.networkSecurityGroup, props);

describe("nsg-no-deny-all-inbound", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(nsg())), []));

  it("reports a deny from '*' that outranks every allow rule", () =>
    assert.deepStrictEqual(messages(run(withRules(httpsFromVnet(), denyAll(100)))), [
      "securityRules[1] ('deny-all') is the first inbound rule and denies traffic from '*', which also blocks load balancer probes and platform traffic; let required traffic through first.",
    ]));

  it("passes the same deny one priority after the allow rule (201 against 200)", () =>
    assert.deepStrictEqual(messages(run(withRules(httpsFromVnet(), denyAll(201)))), []));

  it("passes an NSG without inbound rules", () =>
    assert.deepStrictEqual(messages(run(withRules())), []));

  it("is skipped at preview when a priority is unknown", () =>
    assert.strictEqual(
      run(withRules(httpsFromVnet(), { ...denyAll(100), priority: UNKNOWN })).unknown,
      "string value at .securityRules.1.priority can't be known during preview",
    ));
});
