import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultNoPublicNetworkAccess as rule } from "../../../../policies/rules/keyvault/noPublicNetworkAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vault, vaultWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.vault, props);

describe("key-vault-no-public-network-access", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(vault())), []));

  it("reports public access enabled", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ publicNetworkAccess: "Enabled" }))), [
      "properties.publicNetworkAccess is 'Enabled'; set it to 'Disabled'.",
    ]));

  it("reports the Azure default", () => {
    const props = vault();
    delete props.properties.publicNetworkAccess;
    assert.deepStrictEqual(messages(run(props)), [
      "properties.publicNetworkAccess is not set (Azure enables it); set it to 'Disabled'.",
    ]);
  });

  it("is skipped at preview when the value is unknown", () =>
    assert.strictEqual(
      run(vaultWith({ publicNetworkAccess: UNKNOWN })).unknown,
      "string value at .properties.publicNetworkAccess can't be known during preview",
    ));
});
