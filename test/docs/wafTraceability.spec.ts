import * as assert from "assert";
import * as fs from "fs";
import { wafAlignment } from "../../components/wafAlignment";
import { PRINCIPLES } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import {
  renderTraceability,
  TRACEABILITY_DOC,
  unmappedPrinciples,
} from "../../tools/writeTraceability";
import { WAF_DESIGN_PRINCIPLES } from "../fixtures/wafDesignPrinciples";

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

  it("has a section for every principle of the five pillar tables", () => {
    const titles: readonly string[] = Object.values(WAF_DESIGN_PRINCIPLES).flat();
    assert.strictEqual(titles.length, 25);
    const doc = renderTraceability(allPolicies, wafAlignment);
    for (const title of titles) {
      assert.ok(doc.includes(`\n### ${title}\n`), `no section for '${title}'`);
    }
  });
});
