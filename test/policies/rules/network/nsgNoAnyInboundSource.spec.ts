import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoAnyInboundSource as rule } from "../../../../policies/rules/network/nsgNoAnyInboundSource";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { httpsFromVnet, nsg, nsgWith, securityRule } from "./fixtures";

describe("nsg-no-any-inbound-source", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.networkSecurityGroup, nsg())), []));

  it("reports an inbound allow rule from '*'", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.networkSecurityGroup,
          nsgWith({ ...httpsFromVnet(), sourceAddressPrefix: "*" }),
        ),
      ),
      [
        "securityRules[0] ('allow-https-vnet') allows inbound traffic from any source ('*'); name the sources.",
      ],
    ));

  it("reports '*' in a standalone rule's prefix list", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.securityRule,
          securityRule({
            ...httpsFromVnet(),
            sourceAddressPrefix: undefined,
            sourceAddressPrefixes: ["*"],
          }),
        ),
      ),
      ["The rule allows inbound traffic from any source ('*'); name the sources."],
    ));

  it("passes a deny rule from '*' and a named service tag", () => {
    for (const fields of [
      { access: "Deny", sourceAddressPrefix: "*" },
      { sourceAddressPrefix: "AzureLoadBalancer" },
    ]) {
      assert.deepStrictEqual(
        messages(
          runResourcePolicy(
            rule,
            T.networkSecurityGroup,
            nsgWith({ ...httpsFromVnet(), ...fields }),
          ),
        ),
        [],
      );
    }
  });

  it("is skipped at preview when the rules are unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.networkSecurityGroup, { ...nsg(), securityRules: UNKNOWN }).unknown,
      "string value at .securityRules can't be known during preview",
    ));
});
