import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultSoftDeleteRetention as rule } from "../../../../policies/rules/keyvault/softDeleteRetention";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vault, vaultWith } from "./fixtures";

const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.vault, props, { config });

describe("key-vault-soft-delete-retention", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(vault())), []));

  it("passes with Azure's default retention", () => {
    const props = vault();
    delete props.properties.softDeleteRetentionInDays;
    assert.deepStrictEqual(messages(run(props)), []);
  });

  it("reports soft delete disabled", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ enableSoftDelete: false }))), [
      "properties.enableSoftDelete is false; remove it or set it to true.",
    ]));

  it("reports a short retention", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ softDeleteRetentionInDays: 7 }))), [
      "properties.softDeleteRetentionInDays is 7; keep at least 90 days.",
    ]));

  it("uses the configured minimum", () =>
    assert.deepStrictEqual(
      messages(run(vaultWith({ softDeleteRetentionInDays: 30 }), { minimumDays: 30 })),
      [],
    ));

  it("is skipped at preview when the retention is unknown", () =>
    assert.strictEqual(
      run(vaultWith({ softDeleteRetentionInDays: UNKNOWN })).unknown,
      "string value at .properties.softDeleteRetentionInDays can't be known during preview",
    ));
});
