import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksClusterNamesValid as rule } from "../../../../policies/rules/aks/clusterNamesValid";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.managedCluster, props);
const NAME_RULE =
  "1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit";
const PREFIX_RULE = "1-54 letters, digits or hyphens, starting and ending with a letter or digit";

describe("aks-cluster-names-valid", () => {
  it("passes the compliant baseline, one-character names and autonamed clusters", () => {
    const result = run(compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(messages(run(clusterWith({ resourceName: "a", dnsPrefix: "b" }))), []);
    assert.deepStrictEqual(messages(run(clusterWith({ resourceName: undefined }))), []);
  });

  it("holds the length boundaries (63 and 54 pass, 64 and 55 do not)", () => {
    const ok = clusterWith({ resourceName: "a".repeat(63), dnsPrefix: "b".repeat(54) });
    assert.deepStrictEqual(messages(run(ok)), []);
    const long = clusterWith({ resourceName: "a".repeat(64), dnsPrefix: "b".repeat(55) });
    const result = run(long);
    assert.deepStrictEqual(messages(result), [
      `resourceName must be ${NAME_RULE}; it is '${"a".repeat(64)}'.`,
      `dnsPrefix must be ${PREFIX_RULE}; it is '${"b".repeat(55)}'.`,
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports characters Azure rejects", () => {
    const bad = clusterWith({ resourceName: "aks.ai", dnsPrefix: "aks_ai" });
    assert.deepStrictEqual(messages(run(bad)), [
      `resourceName must be ${NAME_RULE}; it is 'aks.ai'.`,
      `dnsPrefix must be ${PREFIX_RULE}; it is 'aks_ai'.`,
    ]);
    assert.deepStrictEqual(messages(run(clusterWith({ resourceName: "aks-" }))), [
      `resourceName must be ${NAME_RULE}; it is 'aks-'.`,
    ]);
  });

  it("reports a known bad name while the other is unknown", () => {
    const result = run(clusterWith({ resourceName: "-aks", dnsPrefix: UNKNOWN }));
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), [`resourceName must be ${NAME_RULE}; it is '-aks'.`]);
  });

  it("is skipped at preview when a name is unknown and the other is fine", () => {
    const result = run(clusterWith({ dnsPrefix: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, "string value at .dnsPrefix can't be known during preview");
  });
});
