import * as assert from "assert";
import * as fs from "fs";
import type { WafPolicy } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import {
  citations,
  COVERAGE_DOC,
  figure,
  isPeerAnchor,
  loadPeerFamilies,
  ratio,
  renderCoverageDoc,
} from "../../policies/tools/writeCoverageDoc";

/** The least share of in-scope peer rules the pack must implement. */
const TARGET = 0.9;

const families = loadPeerFamilies();
const peers = families.flatMap((f) => f.peers);
const cited = citations(allPolicies);

/**
 * Whether some inventory covers a type the policy inspects. Families are added one file at a
 * time; a policy's peer anchors must be inventoried once a family covers the policy's types.
 */
function inInventoriedFamily(policy: WafPolicy, types: ReadonlySet<string>): boolean {
  const own = policy.meta.types;
  return own === "*" || own.some((t) => types.has(t));
}

describe("docs/coverage.md", () => {
  it("is generated from the current inventories and policies (run `npm run docs:coverage` when this fails)", () => {
    const committed = fs.existsSync(COVERAGE_DOC) ? fs.readFileSync(COVERAGE_DOC, "utf8") : "";
    assert.ok(committed === renderCoverageDoc(families, allPolicies), "docs/coverage.md is stale");
  });

  it(`states an overall figure of at least ${TARGET * 100}%, computed from the inventories`, () => {
    const overall = figure(peers, cited);
    assert.ok(overall.inScope > 100, `only ${overall.inScope} in-scope peer rules`);
    assert.ok(
      ratio(overall) >= TARGET,
      `${overall.implemented} of ${overall.inScope} in-scope peer rules implemented`,
    );
    const stated = `**Overall: ${overall.implemented} of ${overall.inScope} in-scope peer rules implemented (${Math.floor(ratio(overall) * 100)}%)`;
    assert.ok(renderCoverageDoc(families, allPolicies).includes(stated), stated);
  });

  it("states each family's figure", () => {
    const doc = renderCoverageDoc(families, allPolicies);
    assert.ok(families.length >= 6, `only ${families.length} families`);
    for (const { family, peers: own } of families) {
      const f = figure(own, cited);
      assert.ok(
        doc.includes(`${f.implemented} of ${f.inScope} in-scope rules implemented`),
        `${family} has no figure`,
      );
    }
  });
});

describe("peer inventories", () => {
  it("name each peer rule once, as a Checkov or PSRule anchor, with what it checks", () => {
    const anchors = peers.map((p) => p.anchor);
    assert.deepStrictEqual(
      anchors.filter((a, i) => anchors.indexOf(a) !== i),
      [],
    );
    for (const peer of peers) {
      assert.match(
        peer.anchor,
        /^(checkov:CKV2?_AZURE_\d+|psrule:Azure\.[A-Za-z]+(\.[A-Za-z0-9]+)+)$/,
      );
      assert.ok(peer.checks.trim().length > 10, `${peer.anchor} says nothing about what it checks`);
      for (const type of peer.types) assert.match(type, /^azure-native:[a-z]+:[A-Za-z]+$/);
      assert.ok(
        peer.types.length > 0 || peer.outOfScope !== undefined,
        `${peer.anchor} applies to no type`,
      );
    }
  });

  for (const { family, peers: own } of families) {
    it(`${family}: every rule is cited by a policy, or says why not (out of scope or not implemented)`, () => {
      assert.ok(own.length > 0, `${family} lists no rules`);
      for (const peer of own) {
        const by = cited.get(peer.anchor);
        assert.ok(
          peer.outOfScope === undefined || peer.notImplemented === undefined,
          `${peer.anchor} is both out of scope and not implemented`,
        );
        if (peer.notImplemented !== undefined) {
          assert.strictEqual(
            by,
            undefined,
            `${peer.anchor} is cited by ${by} yet "not implemented"`,
          );
          assert.ok(peer.notImplemented.length > 30, `${peer.anchor} gives no real reason`);
        } else if (peer.outOfScope === undefined) {
          assert.ok(by !== undefined, `${peer.anchor} is in scope but no policy cites it`);
        } else {
          assert.strictEqual(by, undefined, `${peer.anchor} is out of scope yet cited by ${by}`);
          assert.ok(peer.outOfScope.length > 30, `${peer.anchor} gives no real reason`);
        }
      }
    });
  }

  it("contain every Checkov and PSRule anchor the policies cite", () => {
    const inventoried = new Set(peers.map((p) => p.anchor));
    const types = new Set(peers.flatMap((p) => p.types));
    const missing = allPolicies
      .filter((p) => inInventoriedFamily(p, types))
      .flatMap((p) =>
        p.meta.anchors
          .filter((a) => isPeerAnchor(a) && !inventoried.has(a))
          .map((a) => `${p.name}: ${a}`),
      );
    assert.deepStrictEqual(missing, []);
  });
});
