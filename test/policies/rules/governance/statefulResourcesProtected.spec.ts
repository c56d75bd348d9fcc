import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { statefulResourcesProtected as rule } from "../../../../policies/rules/governance/statefulResourcesProtected";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const MESSAGE =
  "The resource option protect is false, so pulumi destroy or a removed line of code deletes it and its data; set protect: true.";
const STATEFUL = [
  T.vault,
  T.key,
  T.storageAccount,
  T.registry,
  T.mlWorkspace,
  T.mlRegistry,
  T.managedCluster,
  T.aiAccount,
  T.searchService,
  T.cosmosAccount,
  T.logAnalyticsWorkspace,
  T.appInsights,
];

describe("stateful-resources-protected", () => {
  it("reads the protect option the engine sends, for every stateful type", () => {
    assert.strictEqual(STATEFUL.length, 12);
    for (const type of STATEFUL) {
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, type, { name: UNKNOWN }, { opts: { protect: true } })),
        [],
        type,
      );
      const result = runResourcePolicy(rule, type, {}, { opts: { protect: false } });
      assert.deepStrictEqual(messages(result), [MESSAGE], type);
      assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    }
  });

  it("decides at preview: it reads no property, so unknown inputs do not matter", () => {
    const result = runResourcePolicy(
      rule,
      T.vault,
      { properties: UNKNOWN },
      { opts: { protect: false } },
    );
    assert.deepStrictEqual(messages(result), [MESSAGE]);
  });

  it("leaves stateless resources alone", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.privateEndpoint, {}, { opts: { protect: false } }).notApplicable,
      `Policy only applies to resources of type '${STATEFUL.join(",")}'`,
    ));

  it("can be exempted for throwaway stacks by URN pattern", () => {
    const result = runResourcePolicy(
      rule,
      T.storageAccount,
      {},
      {
        opts: { protect: false },
        exemptions: [
          {
            policy: "stateful-resources-protected",
            resource: "urn:pulumi:dev::*",
            reason: "Ephemeral test stack, destroyed nightly",
            expires: "2999-12-31",
          },
        ],
      },
    );
    assert.deepStrictEqual(messages(result), []);
  });
});
