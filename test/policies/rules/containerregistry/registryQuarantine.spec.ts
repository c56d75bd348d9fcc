import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { registryQuarantine as rule } from "../../../../policies/rules/containerregistry/registryQuarantine";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const withQuarantine = (quarantinePolicy: unknown) => {
  const props = compliantRegistry();
  return { ...props, policies: { ...props.policies, quarantinePolicy } };
};
const run = (props: object) => runResourcePolicy(rule, T.registry, props);

describe("acr-quarantine-enabled", () => {
  it("passes a registry that quarantines pushed images", () =>
    assert.deepStrictEqual(messages(run(withQuarantine({ status: "enabled" }))), []));

  it("reports quarantine disabled, as advisory", () => {
    const result = run(compliantRegistry());
    assert.deepStrictEqual(messages(result), [
      "policies.quarantinePolicy.status is 'disabled'; set it to 'enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports quarantine left unset", () => {
    const props = compliantRegistry();
    delete props.policies;
    assert.deepStrictEqual(messages(run(props)), [
      "policies.quarantinePolicy.status is not set (disabled); set it to 'enabled'.",
    ]);
  });

  it("is skipped at preview when the status is unknown", () =>
    assert.strictEqual(
      run(withQuarantine({ status: UNKNOWN })).unknown,
      "string value at .policies.quarantinePolicy.status can't be known during preview",
    ));
});
