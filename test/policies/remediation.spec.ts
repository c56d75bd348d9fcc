import * as assert from "assert";
import { T } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import { storageAccountHttpsOnly } from "../../policies/rules/storage/accountHttpsOnly";
import { storageAccountMinTls } from "../../policies/rules/storage/accountMinTls";
import { messages, runRemediation, runResourcePolicy, UNKNOWN } from "../helpers/policyArgs";

/** Rules whose fix loses nothing (no data, no access path a client could need and not get). */
const LOSSLESS = ["storage-account-https-only", "storage-account-min-tls"];

const account = {
  resourceGroupName: "rg",
  kind: "StorageV2",
  sku: { name: "Standard_ZRS" },
  minimumTlsVersion: "TLS1_0",
  enableHttpsTrafficOnly: false,
  encryption: UNKNOWN,
  tags: { owner: "ml" },
};

describe("remediation", () => {
  it("is offered only by the reviewed lossless rules", () => {
    const remediable = allPolicies.filter((p) => "remediateResource" in p).map((p) => p.name);
    assert.deepStrictEqual(remediable.sort(), LOSSLESS);
    for (const p of allPolicies) assert.strictEqual(p.meta.remediable, LOSSLESS.includes(p.name));
  });

  it("is off by default: no rule defaults to level remediate", () =>
    assert.deepStrictEqual(
      allPolicies.filter((p) => p.enforcementLevel === "remediate").map((p) => p.name),
      [],
    ));

  for (const rule of [storageAccountHttpsOnly, storageAccountMinTls]) {
    it(`${rule.name}: the remediated props pass the rule and keep everything else`, () => {
      const fixed = runRemediation(rule, T.storageAccount, account, {
        config: { enforcementLevel: "remediate" },
      });
      assert.ok(fixed !== undefined);
      assert.deepStrictEqual(messages(runResourcePolicy(rule, T.storageAccount, fixed)), []);
      const changed = Object.keys(account).filter(
        (k) => JSON.stringify(fixed[k]) !== JSON.stringify((account as Record<string, unknown>)[k]),
      );
      assert.strictEqual(changed.length, 1);
      assert.strictEqual(fixed.encryption, UNKNOWN);
    });
  }
});
