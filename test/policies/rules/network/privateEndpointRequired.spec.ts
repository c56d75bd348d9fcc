import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { privateEndpointRequired as rule } from "../../../../policies/rules/network/privateEndpointRequired";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const vault = (publicNetworkAccess: unknown = "Disabled") =>
  stackResource(T.vault, "kv", { properties: { publicNetworkAccess }, id: UNKNOWN });
const storage = (publicNetworkAccess: unknown = "Disabled") =>
  stackResource(T.storageAccount, "st", { publicNetworkAccess, id: UNKNOWN });
const endpointTo = (target: ReturnType<typeof vault>, name = `pe-${target.name}`) =>
  stackResource(
    T.privateEndpoint,
    name,
    { privateLinkServiceConnections: [{ name: "c", privateLinkServiceId: UNKNOWN }] },
    { propertyDependencies: { privateLinkServiceConnections: [target] } },
  );

describe("private-endpoint-required", () => {
  it("passes when each service has an endpoint that depends on it", () => {
    const kv = vault();
    const st = storage();
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [kv, st, endpointTo(kv), endpointTo(st)])),
      [],
    );
  });

  it("reports a vault without endpoint, on the vault", () => {
    const kv = vault();
    const st = storage();
    const result = runStackPolicy(rule, [kv, st, endpointTo(st)]);
    assert.deepStrictEqual(messages(result), [
      "The key vault 'kv' has no private endpoint in the stack; add one.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.vault, "kv"));
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an AI Search service and a Cosmos DB account without endpoint, on each", () => {
    const srch = stackResource(T.searchService, "srch", { id: UNKNOWN });
    const cosmos = stackResource(T.cosmosAccount, "cosmos", { id: UNKNOWN });
    const result = runStackPolicy(rule, [srch, cosmos]);
    assert.deepStrictEqual(messages(result), [
      "The AI Search service 'srch' has no private endpoint in the stack; add one.",
      "The Cosmos DB account 'cosmos' has no private endpoint in the stack; add one.",
    ]);
    assert.deepStrictEqual(
      result.violations.map((v) => v.urn),
      [urnOf(T.searchService, "srch"), urnOf(T.cosmosAccount, "cosmos")],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [srch, cosmos, endpointTo(srch), endpointTo(cosmos)])),
      [],
    );
  });

  it("matches an endpoint by a known resource id", () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";
    const st = stackResource(T.storageAccount, "st", { publicNetworkAccess: "Disabled", id });
    const pe = stackResource(T.privateEndpoint, "pe", {
      privateLinkServiceConnections: [{ name: "c", privateLinkServiceId: id.toUpperCase() }],
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [st, pe])), []);
  });

  it("reports services that keep public access too, whatever the flag", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [vault("Enabled"), storage(UNKNOWN)])), [
      "The storage account 'st' has no private endpoint in the stack; add one.",
      "The key vault 'kv' has no private endpoint in the stack; add one.",
    ]));

  it("decides at preview from graph edges when the endpoint's target id is unknown", () => {
    const kv = vault();
    const result = runStackPolicy(rule, [kv, endpointTo(kv)]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
