import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksEncryptionAtHost as rule } from "../../../../policies/rules/aks/encryptionAtHost";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { agentPoolWith, clusterWithPool, compliantAgentPool, compliantCluster } from "./fixtures";

describe("aks-encryption-at-host", () => {
  it("passes the compliant cluster and standalone pool", () => {
    const result = runResourcePolicy(rule, T.managedCluster, compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.agentPool, compliantAgentPool())),
      [],
    );
  });

  it("reports inline pools without host encryption as advisory", () => {
    const props = clusterWithPool(0, { enableEncryptionAtHost: false });
    props.agentPoolProfiles[1] = { ...props.agentPoolProfiles[1] };
    delete props.agentPoolProfiles[1].enableEncryptionAtHost;
    const result = runResourcePolicy(rule, T.managedCluster, props);
    assert.deepStrictEqual(messages(result), [
      "agentPoolProfiles[0].enableEncryptionAtHost must be true; it is false.",
      "agentPoolProfiles[1].enableEncryptionAtHost must be true; it is not set.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a standalone AgentPool without host encryption", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.agentPool, agentPoolWith({ enableEncryptionAtHost: undefined })),
      ),
      ["enableEncryptionAtHost must be true; it is not set."],
    );
  });

  it("is skipped at preview when the setting is unknown", () => {
    const result = runResourcePolicy(
      rule,
      T.agentPool,
      agentPoolWith({ enableEncryptionAtHost: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .enableEncryptionAtHost can't be known during preview",
    );
  });
});
