import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrNetworkDefaultDeny as rule } from "../../../../policies/rules/containerregistry/networkDefaultDeny";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const publicRegistry = (): Record<string, any> => ({
  ...compliantRegistry(),
  publicNetworkAccess: "Enabled",
});

describe("acr-network-default-deny", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes a public registry whose firewall denies by default", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, publicRegistry())), []);
  });

  it("reports a public registry whose firewall allows by default", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...publicRegistry(),
      networkRuleSet: { defaultAction: "Allow" },
    });
    assert.deepStrictEqual(messages(result), [
      "networkRuleSet.defaultAction must be 'Deny'; it is 'Allow'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a public registry without a network rule set", () => {
    const props = publicRegistry();
    delete props.networkRuleSet;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "networkRuleSet.defaultAction must be 'Deny'; networkRuleSet is not set, so every network is allowed.",
    ]);
  });

  it("lets disabled public access decide without reading an unknown networkRuleSet", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      networkRuleSet: UNKNOWN,
    });
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when a public registry's networkRuleSet is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...publicRegistry(),
      networkRuleSet: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .networkRuleSet can't be known during preview",
    );
  });
});
