import * as assert from "assert";
import * as fs from "fs";
import { allPolicies } from "../../policies/rules";
import { renderRulesDoc, RULES_DOC } from "../../policies/tools/writeRulesDoc";

describe("docs/RULES.md", () => {
  it("is generated from the current policies (run `npm run docs:rules` when this fails)", () => {
    const committed = fs.existsSync(RULES_DOC) ? fs.readFileSync(RULES_DOC, "utf8") : "";
    assert.ok(committed === renderRulesDoc(allPolicies), "docs/RULES.md is stale");
  });

  it("lists every policy with its pillar, principle, severity, level, fix and anchors", () => {
    const doc = renderRulesDoc(allPolicies);
    for (const p of allPolicies) {
      const row = doc
        .split("\n")
        .find((line) => line.startsWith(`| \`${p.name}\` | ${p.meta.kind}`));
      assert.ok(row, `${p.name} has no row`);
      assert.ok(row.includes(`(\`${p.meta.principle}\`)`));
      assert.ok(row.includes(` ${p.meta.severity} | ${p.meta.enforcementLevel}`));
      assert.ok(row.includes(p.meta.anchors[0].replace(/\|/g, "\\|")));
    }
  });
});
