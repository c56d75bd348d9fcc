import * as assert from "assert";
import * as path from "path";
import { launchPack, PackProcess } from "../cli/analyzer/launch";
import type { Report } from "../cli/report/model";
import { allPolicies } from "../policies/rules";
import { previewInProcess } from "./helpers/gateInProcess";

const ROOT = path.resolve(__dirname, "..");
const projects = [
  ".",
  "examples/defaults",
  "examples/waf-aligned",
  "examples/blue-green-rollout",
  "examples/aks-inference",
  "examples/bring-your-own-network",
  "examples/hub-spoke",
  "examples/genai-rag",
];
const modes = ["preview", "resolved"] as const;

/**
 * What `ailz preview <project> --mode <mode>` does, in this process, with one pack process for
 * every run (each run configures it for its own stack), which keeps fourteen previews within a
 * minute.
 */
async function gate(pack: PackProcess, dir: string, mode: (typeof modes)[number]) {
  const outcome = await previewInProcess(path.join(ROOT, dir), mode, [pack]);
  if (outcome.error) throw outcome.error;
  return outcome.result.report;
}

const brief = (report: Report, level: string) =>
  report.violations
    .filter((v) => v.enforcementLevel === level)
    .map((v) => `${v.policyName} on ${v.urn.split("::").pop()}: ${v.message}`);

describe("ailz preview: the root project and every example pass the pack, decided at a first preview", function () {
  this.timeout(240_000);
  let pack: PackProcess;
  before(async () => {
    pack = await launchPack(path.join(ROOT, "policies"), {}, false);
  });
  after(() => pack?.stop());

  for (const dir of projects) {
    for (const mode of modes) {
      it(`${dir} --mode ${mode}: no violation, every check decided`, async () => {
        const report = await gate(pack, dir, mode);
        assert.strictEqual(report.mode, mode);
        assert.strictEqual(report.policies.length, allPolicies.length, "the whole pack ran");
        assert.ok(report.summary.resources > 60, `only ${report.summary.resources} resources`);
        // Every mode an example shows is a supported one: it meets the pack, advisory rules too.
        assert.deepStrictEqual(brief(report, "mandatory"), []);
        assert.deepStrictEqual(brief(report, "advisory"), []);
        assert.deepStrictEqual(
          report.notDecided.map((n) => `${n.policyName} on ${n.urn.split("::").pop()}`),
          [],
        );
      });
    }
  }
});
