import * as assert from "assert";
import { disallowPreviewApiVersions as rule } from "../../../../policies/rules/governance/disallowPreviewApiVersions";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

describe("disallow-preview-api-versions", () => {
  it("passes default-module and stable-version tokens", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, "azure-native:cognitiveservices:Account", {})),
      [],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, "azure-native:cognitiveservices/v20241001:Account", {})),
      [],
    );
  });

  it("reports a preview API version", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, "azure-native:cognitiveservices/v20231001preview:Account", {}),
      ),
      [
        "The type 'azure-native:cognitiveservices/v20231001preview:Account' pins a preview API version; use the default module.",
      ],
    ));

  it("never reads props, so unknown values do not matter", () => {
    const result = runResourcePolicy(rule, "azure-native:storage:StorageAccount", { sku: UNKNOWN });
    assert.strictEqual(result.unknown, undefined);
  });
});
