import * as assert from "assert";
import * as fs from "fs";
import { wafAlignment } from "../../components/wafAlignment";
import { METHODOLOGY_PRINCIPLES, methodologyAlignment } from "../../components/wafMethodology";
import { PRINCIPLES } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import { wafPolicyReview } from "../../tools/wafPolicyReview";
import {
  policyReviewProblems,
  renderTraceability,
  TRACEABILITY_DOC,
  unmappedPrinciples,
} from "../../tools/writeTraceability";
import { WAF_DESIGN_PRINCIPLES, WAF_METHODOLOGY_PRINCIPLES } from "../fixtures/wafDesignPrinciples";

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

  it("has a section for every principle: 25 of the pillar tables and 5 of the methodology", () => {
    const titles: readonly string[] = [
      ...WAF_METHODOLOGY_PRINCIPLES,
      ...Object.values(WAF_DESIGN_PRINCIPLES).flat(),
    ];
    assert.strictEqual(titles.length, 30);
    assert.deepStrictEqual(Object.values(METHODOLOGY_PRINCIPLES), [...WAF_METHODOLOGY_PRINCIPLES]);
    const doc = renderTraceability(allPolicies, wafAlignment);
    const sections = doc.split("\n").filter((line) => line.startsWith("### "));
    assert.deepStrictEqual(sections.length, 30);
    for (const title of titles) {
      assert.ok(doc.includes(`\n### ${title}\n`), `no section for '${title}'`);
    }
  });

  it("maps every methodology principle, naming only policies of the pack", () => {
    const withoutOne = { ...methodologyAlignment };
    delete (withoutOne as Record<string, unknown>)["design-for-adaptability"];
    assert.deepStrictEqual(unmappedPrinciples(allPolicies, wafAlignment, withoutOne), [
      "design-for-adaptability",
    ]);
    assert.throws(
      () =>
        renderTraceability(allPolicies, wafAlignment, {
          ...methodologyAlignment,
          "design-responsibly": { defaults: [], policies: ["no-such-policy"] },
        }),
      /unknown policies for design-responsibly: no-such-policy/,
    );
  });

  it("reviews every tagged policy, and no principle rests only on policies that check something else", () => {
    assert.deepStrictEqual(policyReviewProblems(allPolicies, wafPolicyReview), []);
  });

  it("reports a principle whose only policies are supporting, an unreviewed tag and a stale entry", () => {
    const review = {
      ...wafPolicyReview,
      "conduct-security-testing": {
        direct: [],
        supporting: { "acr-quarantine-enabled": "r", "aks-defender-enabled": "r" },
      },
      "earn-user-trust": { direct: ["openai-content-filter-harm-categories", "aks-sla-tier"] },
    };
    assert.deepStrictEqual(policyReviewProblems(allPolicies, review), [
      "earn-user-trust: openai-deployment-content-filter-bound is tagged with it but not reviewed (direct or supporting)",
      "earn-user-trust: openai-content-filter-prompt-shields is tagged with it but not reviewed (direct or supporting)",
      "earn-user-trust: openai-content-filter-protected-material is tagged with it but not reviewed (direct or supporting)",
      "earn-user-trust: aks-sla-tier is reviewed but is not a policy tagged with it",
      "conduct-security-testing: its only policies (acr-quarantine-enabled, aks-defender-enabled) check something other than the principle; map a policy that checks it, or move these to the principle they check",
    ]);
  });

  it("shows each policy's reviewed fit beside it", () => {
    const doc = renderTraceability(allPolicies, wafAlignment);
    assert.match(
      doc,
      /- `aks-defender-enabled` \(medium, advisory; supporting: continuous vulnerability scanning/,
    );
    assert.match(doc, /- `acr-quarantine-enabled` \(low, advisory; direct\)/);
  });
});
