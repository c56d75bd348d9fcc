import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { wafAlignment } from "../../components/wafAlignment";
import { PRINCIPLES } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import {
  renderTraceability,
  TRACEABILITY_DOC,
  unmappedPrinciples,
} from "../../tools/writeTraceability";

// The WAF text lives next to the repository (../shared/seed); its tables are checked when present.
const SEED = path.join(__dirname, "../../../shared/seed/waf-ai-workloads.md");

/** The bold first cells of the seed's principle tables, without a trailing period. */
function seedPrinciples(text: string): string[] {
  return [...text.matchAll(/^\|\s*\*\*(.+?)\*\*\s*\|/gm)]
    .map((m) => m[1].trim().replace(/\.$/, ""))
    .filter((t) => t !== "Design principle");
}

describe("docs/waf-traceability.md", () => {
  it("is generated from the current component and policy metadata (run `npm run docs:traceability` when this fails)", () => {
    const committed = fs.existsSync(TRACEABILITY_DOC)
      ? fs.readFileSync(TRACEABILITY_DOC, "utf8")
      : "";
    assert.ok(
      committed === renderTraceability(allPolicies, wafAlignment),
      "docs/waf-traceability.md is stale",
    );
  });

  it("maps every principle to a default or a policy, or states why it is out of scope", () => {
    assert.deepStrictEqual(unmappedPrinciples(allPolicies, wafAlignment), []);
  });

  it("reports a principle that nothing serves and no reason excuses", () => {
    const withoutOne = { ...wafAlignment };
    delete withoutOne["conduct-failure-mode-analysis"];
    assert.deepStrictEqual(unmappedPrinciples(allPolicies, withoutOne), [
      "conduct-failure-mode-analysis",
    ]);
    const reasonOnly = {
      ...withoutOne,
      "conduct-failure-mode-analysis": { defaults: [], outOfScope: "a practice" },
    };
    assert.deepStrictEqual(unmappedPrinciples(allPolicies, reasonOnly), []);
  });

  it("names only principles of the pack and refuses unknown ones", () => {
    assert.deepStrictEqual(Object.keys(wafAlignment).sort(), Object.keys(PRINCIPLES).sort());
    assert.throws(
      () => renderTraceability(allPolicies, { ...wafAlignment, "be-nice": { defaults: [] } }),
      /unknown principles: be-nice/,
    );
  });

  it("has a section for every principle of the seed's five pillar tables", () => {
    // Without the seed next to the repository, the pack's copy of its titles stands in.
    const titles = fs.existsSync(SEED)
      ? seedPrinciples(fs.readFileSync(SEED, "utf8"))
      : Object.values(PRINCIPLES).map((p) => p.title);
    assert.strictEqual(titles.length, 25);
    const doc = renderTraceability(allPolicies, wafAlignment);
    for (const title of titles) {
      assert.ok(doc.includes(`\n### ${title}\n`), `no section for '${title}'`);
    }
  });
});
