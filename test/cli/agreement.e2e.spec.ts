import * as assert from "assert";
import type { Report } from "../../cli/report/model";
import { policies } from "../fixtures/gate/pack/policies";
import { evaluateInProcess, Outcome } from "./inProcess";
import { gateRuns } from "./runCli";

const sort = <T extends { policyName: string; urn: string }>(list: T[]) =>
  [...list].sort((a, b) =>
    `${a.policyName}|${a.urn}|${JSON.stringify(a)}`.localeCompare(
      `${b.policyName}|${b.urn}|${JSON.stringify(b)}`,
    ),
  );

function overGrpc(report: Report): Outcome[] {
  return sort(
    report.violations.map(({ policyName, enforcementLevel, message, urn }) => ({
      policyName,
      enforcementLevel,
      message,
      urn,
    })),
  );
}

describe("ailz preview: the gRPC path and an in-process call of the same policies agree", function () {
  this.timeout(600_000);
  let runs: Awaited<ReturnType<typeof gateRuns>>;
  before(async () => {
    runs = await gateRuns();
  });

  it("in preview mode, on violations and on what stays undecided", async () => {
    const report = JSON.parse(runs.insecurePreview.stdout) as Report;
    const local = await evaluateInProcess(policies, report, {
      levels: {},
      properties: { "required-tags": { requiredTags: ["workload"] } },
    });
    assert.ok(
      report.violations.length > 0 && report.notDecided.length > 0,
      "the fixture exercises both outcomes",
    );
    assert.deepStrictEqual(sort(local.violations), overGrpc(report));
    assert.deepStrictEqual(
      sort(local.notDecided),
      sort(report.notDecided.map(({ policyName, urn }) => ({ policyName, urn }))),
    );
  });

  it("in resolved mode with the policy config file's levels, parameters and a remediation", async () => {
    const report = JSON.parse(runs.insecureResolved.stdout) as Report;
    const local = await evaluateInProcess(policies, report, {
      levels: {
        "keyvault-diagnostics": "disabled",
        "storage-customer-managed-key": "mandatory",
        "storage-https-only": "remediate",
      },
      properties: { "required-tags": { requiredTags: ["workload", "owner"] } },
    });
    assert.deepStrictEqual(sort(local.violations), overGrpc(report));
    assert.deepStrictEqual(local.notDecided, []);
    assert.deepStrictEqual(
      local.remediations,
      report.remediations.map(({ policyName, urn }) => ({ policyName, urn })),
    );
    assert.strictEqual(local.remediations.length, 1, "the fixture config exercises a remediation");
  });

  it("on the compliant stack: nothing on either path", async () => {
    const report = JSON.parse(runs.compliant.stdout) as Report;
    const local = await evaluateInProcess(policies, report, {
      levels: {},
      properties: { "required-tags": { requiredTags: ["workload"] } },
    });
    assert.deepStrictEqual(local, { violations: [], notDecided: [], remediations: [] });
    assert.deepStrictEqual(report.violations, []);
  });
});
