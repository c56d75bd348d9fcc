import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyRotationPolicy as rule } from "../../../../policies/rules/keyvault/keyRotationPolicy";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { key, keyWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.key, props);

describe("key-vault-key-rotation-policy", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(key())), []));

  it("reports a key without rotation policy", () =>
    assert.deepStrictEqual(messages(run(keyWith({ rotationPolicy: undefined }))), [
      "properties.rotationPolicy is not set; add one with a 'rotate' lifetime action.",
    ]));

  it("reports a policy that only notifies", () =>
    assert.deepStrictEqual(
      messages(
        run(
          keyWith({
            rotationPolicy: {
              lifetimeActions: [
                { action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } },
              ],
            },
          }),
        ),
      ),
      ["properties.rotationPolicy.lifetimeActions has no 'rotate' action; add one."],
    ));

  it("is skipped at preview when the actions are unknown", () =>
    assert.strictEqual(
      run(keyWith({ rotationPolicy: { lifetimeActions: UNKNOWN } })).unknown,
      "string value at .properties.rotationPolicy.lifetimeActions can't be known during preview",
    ));
});
