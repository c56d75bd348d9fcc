import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultKeyExpiration as rule } from "../../../../policies/rules/keyvault/keyExpiration";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { key, keyWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.key, props);

describe("key-vault-key-expiration", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(key())), []));

  it("passes with only a rotation policy expiry", () =>
    assert.deepStrictEqual(messages(run(keyWith({ attributes: {} }))), []));

  it("reports a key that never expires", () =>
    assert.deepStrictEqual(
      messages(run(keyWith({ attributes: {}, rotationPolicy: { lifetimeActions: [] } }))),
      [
        "properties.attributes.expires and properties.rotationPolicy.attributes.expiryTime are not set; set one of them.",
      ],
    ));

  it("is skipped at preview when the expiry date is unknown (it is judged by value)", () => {
    const result = run(keyWith({ attributes: { expires: UNKNOWN } }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.attributes.expires can't be known during preview",
    );
  });

  const now = () => Math.floor(Date.now() / 1000);
  const DAY = 86_400;
  const expiresIn = (days: number) =>
    keyWith({ attributes: { expires: now() + days * DAY }, rotationPolicy: undefined });
  const expiryTime = (value: unknown) =>
    keyWith({ attributes: {}, rotationPolicy: { attributes: { expiryTime: value } } });

  it("takes an expiry date at the limit and reports one day past it, as advisory", () => {
    assert.deepStrictEqual(messages(run(expiresIn(730))), []);
    const result = run(expiresIn(731));
    assert.deepStrictEqual(messages(result), [
      "properties.attributes.expires is 731 days from now; keep keys valid for at most 'P2Y' (730 days).",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("takes a rotation policy expiry at the limit and reports one day past it", () => {
    assert.deepStrictEqual(messages(run(expiryTime("P2Y"))), []);
    assert.deepStrictEqual(messages(run(expiryTime("P730D"))), []);
    assert.deepStrictEqual(messages(run(expiryTime("P731D"))), [
      "properties.rotationPolicy.attributes.expiryTime is 'P731D' (731 days); keep key versions valid for at most 'P2Y' (730 days).",
    ]);
    assert.deepStrictEqual(messages(run(expiryTime("P3Y"))), [
      "properties.rotationPolicy.attributes.expiryTime is 'P3Y' (1095 days); keep key versions valid for at most 'P2Y' (730 days).",
    ]);
  });

  it("honours a configured maximum validity", () => {
    const result = runResourcePolicy(rule, T.key, expiryTime("P2Y"), {
      config: { maximumValidity: "P1Y" },
    });
    assert.deepStrictEqual(messages(result), [
      "properties.rotationPolicy.attributes.expiryTime is 'P2Y' (730 days); keep key versions valid for at most 'P1Y' (365 days).",
    ]);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.key, expiryTime("P3Y"), { config: { maximumValidity: "P3Y" } }),
      ),
      [],
    );
  });

  it("reports an expiry of the wrong type or format, and null", () => {
    assert.deepStrictEqual(messages(run(keyWith({ attributes: { expires: "2030-01-01" } }))), [
      'properties.attributes.expires is "2030-01-01", not a time in Unix seconds.',
    ]);
    assert.deepStrictEqual(
      messages(run(keyWith({ attributes: { expires: null }, rotationPolicy: undefined }))),
      ["properties.attributes.expires is null, not a time in Unix seconds."],
    );
    assert.deepStrictEqual(messages(run(expiryTime("2 years"))), [
      "properties.rotationPolicy.attributes.expiryTime is \"2 years\", not an ISO 8601 duration such as 'P2Y'.",
    ]);
  });

  it("is skipped at preview when the attributes are unknown", () =>
    assert.strictEqual(
      run(keyWith({ attributes: UNKNOWN })).unknown,
      "string value at .properties.attributes can't be known during preview",
    ));
});
