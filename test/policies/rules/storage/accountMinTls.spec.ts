import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { storageAccountMinTls as rule } from "../../../../policies/rules/storage/accountMinTls";
import {
  messages,
  runRemediation,
  runResourcePolicy,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

/** A compliant storage account as azure-native v3 sends its inputs. */
const compliant = (): Record<string, unknown> => ({
  resourceGroupName: "rg-ai",
  kind: "StorageV2",
  sku: { name: "Standard_ZRS" },
  minimumTlsVersion: "TLS1_2",
  enableHttpsTrafficOnly: true,
});

describe("storage-account-min-tls", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.storageAccount, compliant());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports an old TLS version as mandatory", () => {
    const result = runResourcePolicy(rule, T.storageAccount, {
      ...compliant(),
      minimumTlsVersion: "TLS1_0",
    });
    assert.deepStrictEqual(result.violations, [
      {
        message: "minimumTlsVersion is 'TLS1_0'; set it to 'TLS1_2' or later.",
        enforcementLevel: "mandatory",
        urn: urnOf(T.storageAccount, "res"),
      },
    ]);
  });

  it("reports an unset minimum TLS version", () => {
    const props = compliant();
    delete props.minimumTlsVersion;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.storageAccount, props)), [
      "minimumTlsVersion is not set; set it to 'TLS1_2'.",
    ]);
  });

  it("honours a stricter configured minimum", () => {
    const result = runResourcePolicy(rule, T.storageAccount, compliant(), {
      config: { minimumTlsVersion: "TLS1_3" },
    });
    assert.deepStrictEqual(messages(result), [
      "minimumTlsVersion is 'TLS1_2'; set it to 'TLS1_3' or later.",
    ]);
  });

  it("is skipped at preview when the version is unknown", () => {
    const result = runResourcePolicy(rule, T.storageAccount, {
      ...compliant(),
      minimumTlsVersion: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .minimumTlsVersion can't be known during preview",
    );
  });

  it("does not apply to other types", () => {
    const result = runResourcePolicy(rule, T.vault, { properties: {} });
    assert.strictEqual(result.ran, false);
    assert.strictEqual(
      result.notApplicable,
      "Policy only applies to resources of type 'azure-native:storage:StorageAccount'",
    );
  });

  describe("remediation", () => {
    it("raises an old version at level remediate and keeps unknown siblings", () => {
      const out = runRemediation(
        rule,
        T.storageAccount,
        { ...compliant(), minimumTlsVersion: "TLS1_1", encryption: UNKNOWN },
        { config: { enforcementLevel: "remediate" } },
      );
      assert.deepStrictEqual(out, {
        ...compliant(),
        minimumTlsVersion: "TLS1_2",
        encryption: UNKNOWN,
      });
    });

    it("leaves a compliant account alone", () => {
      const out = runRemediation(rule, T.storageAccount, compliant(), {
        config: { enforcementLevel: "remediate" },
      });
      assert.strictEqual(out, undefined);
    });

    it("is off by default", () => {
      const out = runRemediation(rule, T.storageAccount, {
        ...compliant(),
        minimumTlsVersion: "TLS1_0",
      });
      assert.strictEqual(out, undefined);
    });
  });
});
