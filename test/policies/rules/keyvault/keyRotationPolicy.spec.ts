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

  const rotating = (trigger: Record<string, unknown>, expiryTime: unknown = "P2Y") =>
    keyWith({
      rotationPolicy: {
        attributes: { expiryTime },
        lifetimeActions: [{ action: { type: "Rotate" }, trigger }],
      },
    });

  it("takes a rotation at the limit and reports one day past it, as advisory", () => {
    assert.deepStrictEqual(messages(run(rotating({ timeAfterCreate: "P1Y" }))), []);
    assert.deepStrictEqual(messages(run(rotating({ timeAfterCreate: "P365D" }))), []);
    const result = run(rotating({ timeAfterCreate: "P366D" }));
    assert.deepStrictEqual(messages(result), [
      "properties.rotationPolicy rotates a key version after 366 days; rotate within 'P1Y' (365 days).",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(messages(run(rotating({ timeAfterCreate: "P3Y" }))), [
      "properties.rotationPolicy rotates a key version after 1095 days; rotate within 'P1Y' (365 days).",
    ]);
  });

  it("counts a rotation before expiry from the policy's expiry time", () => {
    assert.deepStrictEqual(messages(run(rotating({ timeBeforeExpiry: "P365D" }, "P730D"))), []);
    assert.deepStrictEqual(messages(run(rotating({ timeBeforeExpiry: "P30D" }, "P2Y"))), [
      "properties.rotationPolicy rotates a key version after 700 days; rotate within 'P1Y' (365 days).",
    ]);
    assert.deepStrictEqual(messages(run(rotating({ timeBeforeExpiry: "P30D" }, null))), [
      "properties.rotationPolicy's 'rotate' action has timeBeforeExpiry 'P30D' without rotationPolicy.attributes.expiryTime; set trigger.timeAfterCreate within 'P1Y'.",
    ]);
  });

  it("reports a trigger Key Vault cannot count: malformed, null or missing", () => {
    assert.deepStrictEqual(messages(run(rotating({ timeAfterCreate: "1 year" }))), [
      "properties.rotationPolicy's 'rotate' action has timeAfterCreate '1 year'; set trigger.timeAfterCreate within 'P1Y'.",
    ]);
    for (const trigger of [{}, { timeAfterCreate: null }]) {
      assert.deepStrictEqual(messages(run(rotating(trigger))), [
        "properties.rotationPolicy's 'rotate' action has no trigger Key Vault can count; set trigger.timeAfterCreate within 'P1Y'.",
      ]);
    }
  });

  it("honours a configured maximum rotation interval", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.key, rotating({ timeAfterCreate: "P2Y" }), {
          config: { maximumRotationInterval: "P2Y" },
        }),
      ),
      [],
    ));

  it("is skipped at preview when the actions are unknown", () =>
    assert.strictEqual(
      run(keyWith({ rotationPolicy: { lifetimeActions: UNKNOWN } })).unknown,
      "string value at .properties.rotationPolicy.lifetimeActions can't be known during preview",
    ));
});
