import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageDefenderEnabled as rule } from "../../../../policies/rules/storage/defenderEnabled";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const account = () => stackResource(T.storageAccount, "st", { accountName: "stai" });
const fullProtection = () => ({
  isEnabled: true,
  malwareScanning: { onUpload: { isEnabled: true, capGBPerMonth: 5000 } },
  sensitiveDataDiscovery: { isEnabled: true },
});
const defender = (
  properties: unknown = fullProtection(),
  resourceId: unknown = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/STAI",
) =>
  stackResource(T.defenderForStorage, "defender", {
    resourceId,
    settingName: "current",
    properties,
  });

describe("storage-defender-enabled", () => {
  it("passes an account with full protection, matched by a known id", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account(), defender()])), []));

  it("matches the setting by a graph edge when the id is unknown at preview", () => {
    const st = account();
    const d = stackResource(
      T.defenderForStorage,
      "defender",
      { resourceId: UNKNOWN, properties: fullProtection() },
      {
        propertyDependencies: { resourceId: [st] },
      },
    );
    const result = runStackPolicy(rule, [st, d]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports an account without a setting, on the account", () => {
    const result = runStackPolicy(rule, [account()]);
    assert.deepStrictEqual(messages(result), [
      "The storage account 'st' has no Defender for Storage setting; add a security:DefenderForStorage for it.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.storageAccount, "st"));
  });

  it("reports the features a setting leaves off", () => {
    const partial = { isEnabled: true, malwareScanning: { onUpload: { isEnabled: false } } };
    assert.deepStrictEqual(messages(runStackPolicy(rule, [account(), defender(partial)])), [
      "The Defender for Storage setting 'defender' of 'st' does not turn on properties.malwareScanning.onUpload.isEnabled, properties.sensitiveDataDiscovery.isEnabled; set them to true.",
    ]);
  });

  it("leaves the account undecided while a setting's target is unknown", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [account(), defender(fullProtection(), UNKNOWN)])),
      [],
    ));
});
