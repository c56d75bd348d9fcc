import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoInternetUdp as rule } from "../../../../policies/rules/network/nsgNoInternetUdp";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { nsg, nsgWith, securityRule } from "./fixtures";

const udp = (fields: Record<string, unknown> = {}) => ({
  name: "allow-dns",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Udp",
  sourceAddressPrefix: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "53",
  ...fields,
});

describe("nsg-no-internet-udp", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.networkSecurityGroup, nsg())), []));

  it("reports UDP open to any source", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.networkSecurityGroup, nsgWith(udp()))),
      [
        "securityRules[0] ('allow-dns') allows inbound UDP from '*'; restrict the source to known ranges.",
      ],
    ));

  it("reports a standalone rule with an Internet prefix in its list", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.securityRule,
          securityRule(udp({ sourceAddressPrefix: undefined, sourceAddressPrefixes: ["::/0"] })),
        ),
      ),
      ["The rule allows inbound UDP from '::/0'; restrict the source to known ranges."],
    ));

  it("passes UDP from a known range and TCP from anywhere", () => {
    for (const fields of [{ sourceAddressPrefix: "10.0.0.0/8" }, { protocol: "Tcp" }]) {
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, T.networkSecurityGroup, nsgWith(udp(fields)))),
        [],
      );
    }
  });

  it("is skipped at preview when the protocol is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.networkSecurityGroup, nsgWith(udp({ protocol: UNKNOWN }))).unknown,
      "string value at .securityRules.0.protocol can't be known during preview",
    ));
});
