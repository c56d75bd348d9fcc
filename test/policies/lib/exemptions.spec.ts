import * as assert from "assert";
import {
  ExemptionEntry,
  exemptionUsage,
  findExemption,
  loadExemptions,
  resetExemptions,
  T,
  todayUtc,
} from "../../../policies/lib";
import { exemptionsReport } from "../../../policies/rules/governance/exemptionsReport";
import { exemptionsValid } from "../../../policies/rules/governance/exemptionsValid";
import { diagnosticsRequired } from "../../../policies/rules/monitor/diagnosticsRequired";
// Imported for its registration: an exemption naming a policy the pack does not load is invalid,
// and the "unused" case below names this one.
import { storageAccountHttpsOnly } from "../../../policies/rules/storage/accountHttpsOnly";
import { storageAccountMinTls } from "../../../policies/rules/storage/accountMinTls";
import { storageContainerPrivate } from "../../../policies/rules/storage/containerPrivate";
import {
  messages,
  resourceArgs,
  runRemediation,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../helpers/policyArgs";

const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-12-31`;
const oldTls = {
  resourceGroupName: "rg",
  kind: "StorageV2",
  sku: { name: "Standard_ZRS" },
  minimumTlsVersion: "TLS1_0",
};
const exemption = (changes: Partial<ExemptionEntry> = {}): ExemptionEntry => ({
  policy: "storage-account-min-tls",
  resource: "legacy-*",
  reason: "Legacy client SDK needs TLS 1.0 until migration",
  expires: NEXT_YEAR,
  ...changes,
});
const TLS_MESSAGE = "minimumTlsVersion is 'TLS1_0'; set it to 'TLS1_2' or later.";
const runTls = (name: string, exemptions: ExemptionEntry[]) =>
  runResourcePolicy(storageAccountMinTls, T.storageAccount, oldTls, { name, exemptions });
const validity = (exemptions: ExemptionEntry[]) =>
  messages(runStackPolicy(exemptionsValid as any, [], { config: { exemptions } }));

describe("exemptions (exemptions-valid, exemptions-report)", () => {
  beforeEach(() => resetExemptions());

  it("waives a violation for a resource whose name matches the pattern", () => {
    assert.deepStrictEqual(messages(runTls("legacy-st", [exemption()])), []);
    assert.deepStrictEqual(messages(runTls("new-st", [exemption()])), [TLS_MESSAGE]);
  });

  it("matches a pattern containing '::' against the URN", () => {
    const byUrn = exemption({
      resource: "urn:pulumi:dev::lz::azure-native:storage:StorageAccount::*",
    });
    assert.deepStrictEqual(messages(runTls("anything", [byUrn])), []);
    const otherStack = exemption({ resource: "urn:pulumi:prod::lz::*" });
    assert.deepStrictEqual(messages(runTls("anything", [otherStack])), [TLS_MESSAGE]);
  });

  it("waives only the named policy", () =>
    assert.deepStrictEqual(
      messages(runTls("legacy-st", [exemption({ policy: "storage-account-https-only" })])),
      [TLS_MESSAGE],
    ));

  it("does not apply, and reports, an entry without a reason", () => {
    const entry = exemption({ reason: "ok" });
    assert.deepStrictEqual(messages(runTls("legacy-st", [entry])), [TLS_MESSAGE]);
    assert.deepStrictEqual(validity([entry]), [
      "Exemption #1 (policy 'storage-account-min-tls', resource 'legacy-*') is not applied: it has no reason (at least 10 characters).",
    ]);
  });

  it("does not apply, and reports, an expired entry", () => {
    const entry = exemption({ expires: "2020-01-31" });
    assert.deepStrictEqual(messages(runTls("legacy-st", [entry])), [TLS_MESSAGE]);
    assert.deepStrictEqual(validity([entry]), [
      "Exemption #1 (policy 'storage-account-min-tls', resource 'legacy-*') is not applied: it expired on 2020-01-31.",
    ]);
  });

  it("applies an entry through its last day", () =>
    assert.deepStrictEqual(
      messages(runTls("legacy-st", [exemption({ expires: todayUtc() })])),
      [],
    ));

  it("reports entries without expiry, for unknown policies, or without resource", () =>
    assert.deepStrictEqual(
      validity([
        exemption({ expires: undefined }),
        exemption({ policy: "no-such-policy" }),
        exemption({ resource: "" }),
        exemption({ expires: "2027-13-45" }),
      ]),
      [
        "Exemption #1 (policy 'storage-account-min-tls', resource 'legacy-*') is not applied: it has no expiry date (YYYY-MM-DD).",
        "Exemption #2 (policy 'no-such-policy', resource 'legacy-*') is not applied: policy 'no-such-policy' is not in this pack.",
        "Exemption #3 (policy 'storage-account-min-tls', resource '') is not applied: it names no resource.",
        "Exemption #4 (policy 'storage-account-min-tls', resource 'legacy-*') is not applied: its expiry '2027-13-45' is not a date.",
      ],
    ));

  it("refuses never-exemptible policies", () => {
    const entry = exemption({ policy: storageContainerPrivate.name, resource: "*" });
    const result = runResourcePolicy(
      storageContainerPrivate,
      T.blobContainer,
      { publicAccess: "Blob" },
      {
        exemptions: [entry],
      },
    );
    assert.deepStrictEqual(messages(result), ["publicAccess is 'Blob'; set it to 'None'."]);
    assert.deepStrictEqual(validity([entry]), [
      "Exemption #1 (policy 'storage-container-private', resource '*') is not applied: policy 'storage-container-private' cannot be exempted.",
    ]);
  });

  it("accepts a valid list without violations, and invalid exemptions are never exemptible", () => {
    assert.deepStrictEqual(validity([exemption()]), []);
    assert.strictEqual(exemptionsValid.meta.exemptible, false);
  });

  it("is loaded by exemptions-valid for every resource before the other policies run", () => {
    const args = resourceArgs(T.storageAccount, oldTls, { config: { exemptions: [exemption()] } });
    const validate = (exemptionsValid as { validateResource: (a: unknown, r: unknown) => void })
      .validateResource;
    validate(args, () => assert.fail("the loader reports nothing"));
    assert.ok(
      findExemption("storage-account-min-tls", urnOf(T.storageAccount, "legacy-1"), "legacy-1"),
    );
  });

  it("waives stack-policy violations attached to a matching resource", () => {
    const entry = exemption({ policy: diagnosticsRequired.name, resource: "kv-sandbox" });
    const resources = [
      stackResource(T.vault, "kv-sandbox", { id: UNKNOWN }),
      stackResource(T.vault, "kv-main", { id: UNKNOWN }),
    ];
    assert.deepStrictEqual(
      messages(runStackPolicy(diagnosticsRequired, resources, { exemptions: [entry] })),
      [
        "The key vault 'kv-main' has no diagnostic setting; add a monitor:DiagnosticSetting for it.",
      ],
    );
  });

  it("keeps remediation off for an exempted resource", () => {
    const config = { enforcementLevel: "remediate" };
    const exempted = runRemediation(storageAccountMinTls, T.storageAccount, oldTls, {
      name: "legacy-st",
      config,
      exemptions: [exemption()],
    });
    assert.strictEqual(exempted, undefined);
    const other = runRemediation(storageAccountMinTls, T.storageAccount, oldTls, {
      name: "new-st",
      config,
      exemptions: [exemption()],
    });
    assert.strictEqual(other?.minimumTlsVersion, "TLS1_2");
  });

  it("reports applied and unused exemptions at the end of the run", () => {
    const used = exemption();
    const unused = exemption({ policy: storageAccountHttpsOnly.name, resource: "old-*" });
    const invalid = exemption({ reason: "" });
    const list = [used, unused, invalid];
    runTls("legacy-a", list);
    runTls("legacy-b", list);
    runTls("fresh", list);
    const result = runStackPolicy(exemptionsReport, [], { exemptions: list });
    assert.deepStrictEqual(messages(result), [
      `Exemption #1 waived 'storage-account-min-tls' for ${urnOf(T.storageAccount, "legacy-a")}, ${urnOf(
        T.storageAccount,
        "legacy-b",
      )} until ${NEXT_YEAR}: Legacy client SDK needs TLS 1.0 until migration.`,
      "Exemption #2 for 'storage-account-https-only' matched no violation of 'old-*'; remove it.",
    ]);
    assert.ok(result.violations.every((v) => v.enforcementLevel === "advisory"));
  });

  it("forgets usage when the list changes", () => {
    loadExemptions([exemption()]);
    runTls("legacy-a", [exemption()]);
    loadExemptions([exemption({ resource: "x" })]);
    assert.deepStrictEqual(
      exemptionUsage().map((u) => u.urns),
      [[]],
    );
  });
});
