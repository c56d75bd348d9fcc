import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksAuthorizedIpRanges as rule } from "../../../../policies/rules/aks/authorizedIpRanges";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const publicWith = (authorizedIPRanges?: unknown) =>
  clusterWith({
    apiServerAccessProfile:
      authorizedIPRanges === undefined
        ? { enablePrivateCluster: false }
        : { enablePrivateCluster: false, authorizedIPRanges },
  });

describe("aks-authorized-ip-ranges", () => {
  it("passes the private baseline and a public API server with listed ranges", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.managedCluster, publicWith(["203.0.113.0/24"]))),
      [],
    );
  });

  it("reports a public API server without ranges as mandatory", () => {
    const result = runResourcePolicy(rule, T.managedCluster, publicWith());
    assert.deepStrictEqual(messages(result), [
      "apiServerAccessProfile.authorizedIPRanges must list the allowed ranges of a public API server; it is empty.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          rule,
          T.managedCluster,
          clusterWith({ apiServerAccessProfile: undefined }),
        ),
      ),
      [
        "apiServerAccessProfile.authorizedIPRanges must list the allowed ranges of a public API server; it is empty.",
      ],
    );
  });

  it("reports a range open to the internet", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.managedCluster, publicWith(["203.0.113.0/24", "0.0.0.0/0"])),
      ),
      [
        "apiServerAccessProfile.authorizedIPRanges must not include '0.0.0.0/0'; it opens the API server to the internet.",
      ],
    );
  });

  it("lets a private API server decide without reading unknown ranges", () => {
    const props = clusterWith({
      apiServerAccessProfile: { enablePrivateCluster: true, authorizedIPRanges: UNKNOWN },
    });
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("is skipped at preview when a public server's ranges are unknown", () => {
    const result = runResourcePolicy(rule, T.managedCluster, publicWith(UNKNOWN));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .apiServerAccessProfile.authorizedIPRanges can't be known during preview",
    );
  });
});
