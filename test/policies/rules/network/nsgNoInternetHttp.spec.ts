import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoInternetHttp as rule } from "../../../../policies/rules/network/nsgNoInternetHttp";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { nsg, nsgWith, securityRule } from "./fixtures";

const http = (fields: Record<string, unknown> = {}) => ({
  name: "allow-http",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourceAddressPrefix: "Internet",
  destinationAddressPrefix: "*",
  destinationPortRange: "80",
  ...fields,
});

describe("nsg-no-internet-http", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.networkSecurityGroup, nsg())), []));

  it("reports port 80 open to the Internet, as advisory", () => {
    const result = runResourcePolicy(rule, T.networkSecurityGroup, nsgWith(http()));
    assert.deepStrictEqual(messages(result), [
      "securityRules[0] ('allow-http') allows inbound HTTP (port 80) from 'internet'; serve HTTPS through a gateway or restrict the source.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a standalone rule whose range ends at 80, and passes one that ends at 79", () => {
    const at = securityRule(http({ destinationPortRange: "70-80", sourceAddressPrefix: "*" }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.securityRule, at)), [
      "The rule allows inbound HTTP (port 80) from '*'; serve HTTPS through a gateway or restrict the source.",
    ]);
    const below = securityRule(http({ destinationPortRange: "70-79" }));
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.securityRule, below)), []);
  });

  it("is skipped at preview when the port is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.securityRule, securityRule(http({ destinationPortRange: UNKNOWN })))
        .unknown,
      "string value at .destinationPortRange can't be known during preview",
    ));
});
