/**
 * The root project's production stack (Pulumi.prod.yaml: `environment: prod` stack tag and zone
 * environment, the pack config policy-config.prod.json) through `ailz preview` with the pack and
 * that same config: the governance baseline is on, and its Azure Policy assignments carry the
 * levels, parameters and tags the pack enforces at deploy time.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { launchPack, PackProcess } from "../cli/analyzer/launch";
import type { Report, ReportResource } from "../cli/report/model";
import { FAKE_SUBSCRIPTION_ID } from "../cli/simulator/constants";
import { planAssignments, PolicyPackConfig } from "../components/governance/assignmentPlan";
import { previewInProcess } from "./helpers/gateInProcess";

const ROOT = path.resolve(__dirname, "..");
const PACK_CONFIG = path.join(ROOT, "policy-config.prod.json");
const DEF = "/providers/Microsoft.Authorization/policyDefinitions/";

/** JSON with object keys sorted, so two values compare whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

describe("ailz preview: the root project's production stack", function () {
  this.timeout(240_000);
  const packConfig = JSON.parse(fs.readFileSync(PACK_CONFIG, "utf8")) as PolicyPackConfig;
  let pack: PackProcess;
  let report: Report;
  let assignments: ReportResource[];
  before(async () => {
    pack = await launchPack(path.join(ROOT, "policies"), {}, false);
    const outcome = await previewInProcess(
      ROOT,
      "preview",
      [pack],
      ["--stack", "prod", "--policy-pack-config", PACK_CONFIG],
    );
    if (outcome.error) throw outcome.error;
    report = outcome.result.report;
    assignments = report.resources.filter(
      (r) => r.type === "azure-native:authorization:PolicyAssignment",
    );
  });
  after(() => pack?.stop());

  /** The assignment whose display name starts with the pack policy's name. */
  const of = (policy: string) =>
    assignments.filter((a) => String(a.inputs.displayName).startsWith(`${policy}: `));

  it("assigns exactly the plan for the stack's pack config and production tags", () => {
    const plan = planAssignments(packConfig, { environment: "prod" }, "resourceGroup").assignments;
    assert.strictEqual(assignments.length, plan.length);
    // 72 definitions, less Defender for Storage (it judges the subscription), plus three more tags.
    assert.strictEqual(assignments.length, 74);
    const actual = assignments
      .map((a) =>
        canonical([a.inputs.policyDefinitionId, a.inputs.enforcementMode, a.inputs.parameters]),
      )
      .sort();
    const expected = plan
      .map((p) =>
        canonical([
          `${DEF}${p.definitionId}`,
          p.enforcementMode,
          Object.fromEntries(
            Object.entries(
              p.effect === undefined ? p.parameters : { ...p.parameters, effect: p.effect },
            ).map(([k, value]) => [k, { value }]),
          ),
        ]),
      )
      .sort();
    assert.deepStrictEqual(actual, expected);
  });

  it("carries the config's allowed SKUs, allowed locations and required tags", () => {
    const [skus] = of("storage-account-allowed-skus");
    assert.deepStrictEqual(skus.inputs.parameters, {
      listOfAllowedSKUs: { value: ["Standard_ZRS", "Standard_GZRS", "Standard_RAGZRS"] },
      effect: { value: "Audit" },
    });
    const [locations] = of("acr-replica-location-allowed");
    assert.deepStrictEqual(locations.inputs.parameters, {
      listOfAllowedLocations: { value: ["swedencentral", "westeurope"] },
      effect: { value: "Audit" },
    });
    const tags = of("required-tags");
    assert.deepStrictEqual(
      tags.map((t) => [t.inputs.enforcementMode, t.inputs.parameters]),
      ["cost-center", "owner", "environment", "workload"].map((tagName) => [
        "DoNotEnforce",
        { tagName: { value: tagName } },
      ]),
    );
  });

  it("denies what the pack makes mandatory on production, at the zone's resource group", () => {
    for (const policy of [
      "storage-account-no-public-network-access",
      "key-vault-purge-protection",
      "acr-anonymous-pull-disabled",
      "storage-account-zone-redundant",
    ]) {
      const [a] = of(policy);
      assert.deepStrictEqual(a.inputs.parameters, { effect: { value: "Deny" } }, policy);
      assert.strictEqual(a.inputs.enforcementMode, "Default", policy);
    }
    const scopes = new Set(assignments.map((a) => JSON.stringify(a.inputs.scope)));
    assert.deepStrictEqual(
      [...scopes],
      [JSON.stringify(`/subscriptions/${FAKE_SUBSCRIPTION_ID}/resourceGroups/rg-ailz-prod`)],
    );
  });

  it("passes the pack: no mandatory finding, and the baseline satisfies stack-has-governance-baseline", () => {
    assert.strictEqual(report.summary.verdict, "pass");
    assert.deepStrictEqual(
      report.violations.map((v) => `${v.policyName} (${v.enforcementLevel})`).sort(),
      ["acr-geo-replicated (advisory)", "storage-account-geo-redundant (advisory)"],
    );
  });
});
