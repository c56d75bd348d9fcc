import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultFirewallDefaultDeny as rule } from "../../../../policies/rules/keyvault/firewallDefaultDeny";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vaultWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.vault, props);

describe("key-vault-firewall-default-deny", () => {
  it("passes the compliant baseline with public access on", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ publicNetworkAccess: "Enabled" }))), []));

  it("reports a firewall that allows by default", () =>
    assert.deepStrictEqual(
      messages(
        run(vaultWith({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } })),
      ),
      ["properties.networkAcls.defaultAction is 'Allow'; set it to 'Deny'."],
    ));

  it("reports a missing firewall", () =>
    assert.deepStrictEqual(
      messages(run(vaultWith({ publicNetworkAccess: "Enabled", networkAcls: undefined }))),
      [
        "properties.networkAcls is not set, so the default action is 'Allow'; set properties.networkAcls.defaultAction to 'Deny'.",
      ],
    ));

  it("lets disabled public access decide without reading an unknown firewall", () => {
    const result = run(vaultWith({ networkAcls: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when public access is on and the firewall unknown", () =>
    assert.strictEqual(
      run(vaultWith({ publicNetworkAccess: "Enabled", networkAcls: UNKNOWN })).unknown,
      "string value at .properties.networkAcls can't be known during preview",
    ));
});
