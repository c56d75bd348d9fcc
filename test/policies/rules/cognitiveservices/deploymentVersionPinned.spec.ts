import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiDeploymentVersionPinned as rule } from "../../../../policies/rules/cognitiveservices/deploymentVersionPinned";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantDeployment } from "./fixtures";

const UNSET_OPTION =
  "properties.versionUpgradeOption must be 'NoAutoUpgrade', 'OnceCurrentVersionExpired'; it is not set, so Azure upgrades when a new default version ships.";

describe("openai-deployment-version-pinned", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.aiDeployment, compliantDeployment());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports automatic upgrades to new default versions as advisory", () => {
    const props = compliantDeployment();
    props.properties.versionUpgradeOption = "OnceNewDefaultVersionAvailable";
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.deepStrictEqual(messages(result), [
      "properties.versionUpgradeOption must be 'NoAutoUpgrade', 'OnceCurrentVersionExpired'; it is 'OnceNewDefaultVersionAvailable'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unpinned model and an unset upgrade option", () => {
    const props = compliantDeployment();
    delete props.properties.model.version;
    delete props.properties.versionUpgradeOption;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, props)), [
      "properties.model.version must be set; it is not set, so Azure picks the default.",
      UNSET_OPTION,
    ]);
  });

  it("reports a deployment without properties", () => {
    const props = compliantDeployment();
    delete props.properties;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, props)), [
      "properties.model.version must be set; it is not set, so Azure picks the default.",
      UNSET_OPTION,
    ]);
  });

  it("decides on the presence of a version whose value is unknown", () => {
    const props = compliantDeployment();
    props.properties.model.version = UNKNOWN;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when the upgrade option is unknown", () => {
    const props = compliantDeployment();
    props.properties.versionUpgradeOption = UNKNOWN;
    const result = runResourcePolicy(rule, T.aiDeployment, props);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .properties.versionUpgradeOption can't be known during preview",
    );
  });
});
