import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultPurgeProtection as rule } from "../../../../policies/rules/keyvault/purgeProtection";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vault, vaultWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.vault, props);

describe("key-vault-purge-protection", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(vault())), []));

  it("reports purge protection unset, as mandatory", () => {
    const props = vault();
    delete props.properties.enablePurgeProtection;
    const result = run(props);
    assert.deepStrictEqual(messages(result), [
      "properties.enablePurgeProtection is not set; set it to true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports purge protection off", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ enablePurgeProtection: false }))), [
      "properties.enablePurgeProtection is false; set it to true.",
    ]));

  it("is skipped at preview when the flag is unknown", () =>
    assert.strictEqual(
      run(vaultWith({ enablePurgeProtection: UNKNOWN })).unknown,
      "string value at .properties.enablePurgeProtection can't be known during preview",
    ));
});
