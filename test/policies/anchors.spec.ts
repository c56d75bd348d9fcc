import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { WafPolicy } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import { isPeerAnchor, loadPeerFamilies } from "../../policies/tools/writeCoverageDoc";
import {
  PolicyResult,
  RunOptions,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
} from "../helpers/policyArgs";
import type { AnchorCase } from "./anchors/anchorCase";

const DIR = path.join(__dirname, "anchors");

/** Every family file's cases, with the file they come from. */
function loadCases(): { file: string; case: AnchorCase }[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".ts") && f !== "anchorCase.ts")
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cases = (require(path.join(DIR, file)) as { anchorCases?: AnchorCase[] }).anchorCases;
      if (!Array.isArray(cases)) throw new Error(`${file} exports no anchorCases array`);
      return cases.map((c) => ({ file, case: c }));
    });
}

/** Runs a case through its policy the way the engine would. */
function run(policy: WafPolicy, c: AnchorCase): PolicyResult[] {
  const o = { config: c.config, stackTags: c.stackTags };
  const stack = c.stack ?? (c.resource ? [{ ...c.resource, name: "res" }] : []);
  if (policy.meta.kind === "stack") {
    const resources = stack.map((r) => stackResource(r.type, r.name, r.props));
    return [runStackPolicy(policy as StackValidationPolicy, resources, o)];
  }
  // A resource policy sees each resource of the stack on its own.
  if (c.resource !== undefined) {
    const opts = c.resource.opts as RunOptions["opts"];
    return [
      runResourcePolicy(policy as ResourceValidationPolicy, c.resource.type, c.resource.props, {
        ...o,
        opts,
      }),
    ];
  }
  return stack.map((r) =>
    runResourcePolicy(policy as ResourceValidationPolicy, r.type, r.props, { ...o, name: r.name }),
  );
}

const cases = loadCases();
const inventoried = new Set(loadPeerFamilies().flatMap((f) => f.peers.map((p) => p.anchor)));
const byName = new Map(allPolicies.map((p) => [p.name, p]));

describe("anchor cases: each cited peer rule caught on a stack with exactly its defect", () => {
  it("cover every inventoried Checkov and PSRule anchor each policy cites", () => {
    assert.ok(cases.length > 100, `only ${cases.length} cases`);
    const missing = allPolicies.flatMap((p) =>
      p.meta.anchors
        .filter((a) => isPeerAnchor(a) && inventoried.has(a))
        .filter((a) => !cases.some(({ case: c }) => c.policy === p.name && c.anchor === a))
        .map((a) => `${p.name}: ${a}`),
    );
    assert.deepStrictEqual(missing, []);
  });

  for (const { file, case: c } of cases) {
    it(`${file}: ${c.policy} reports ${c.anchor}`, () => {
      const policy = byName.get(c.policy);
      assert.ok(policy, `no policy named ${c.policy}`);
      assert.ok(policy.meta.anchors.includes(c.anchor), `${c.policy} does not cite ${c.anchor}`);
      assert.ok(
        (c.resource === undefined) !== (c.stack === undefined),
        "give a resource or a stack",
      );
      const results = run(policy, c);
      assert.deepStrictEqual(
        results.map((r) => r.unknown).filter((u) => u !== undefined),
        [],
      );
      const violations = results.flatMap((r) => r.violations);
      assert.ok(violations.length > 0, `${c.policy} reports nothing for the ${c.anchor} defect`);
    });
  }
});
