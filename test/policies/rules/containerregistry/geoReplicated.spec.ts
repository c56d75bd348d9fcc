import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrGeoReplicated as rule } from "../../../../policies/rules/containerregistry/geoReplicated";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const prod = { stackTags: { environment: "prod" } };
const registry = () => stackResource(T.registry, "acr", compliantRegistry());
const replication = (registryName: unknown, opts = {}) =>
  stackResource(
    T.registryReplication,
    "acr-westeurope",
    { resourceGroupName: "rg-ai", registryName, location: "westeurope", zoneRedundancy: "Enabled" },
    opts,
  );
const MISSING =
  "Container registry 'acr' must have a Replication in another region; none in the stack names it.";

describe("acr-geo-replicated", () => {
  it("passes a production registry replicated by name", () => {
    const result = runStackPolicy(rule, [registry(), replication("ACRAIPROD")], prod);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes a replication linked through the graph, its name unknown at preview", () => {
    const acr = registry();
    const result = runStackPolicy(
      rule,
      [acr, replication(UNKNOWN, { propertyDependencies: { registryName: [acr] } })],
      prod,
    );
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports an unreplicated production registry, attached to it, as advisory", () => {
    const result = runStackPolicy(rule, [registry(), replication("acrother")], prod);
    assert.deepStrictEqual(result.violations, [
      { message: MISSING, enforcementLevel: "advisory", urn: urnOf(T.registry, "acr") },
    ]);
  });

  it("does not ask non-production stacks for replicas", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [registry()])), []);
  });

  it("leaves the question open while a replication's target is unknown", () => {
    const result = runStackPolicy(rule, [registry(), replication(UNKNOWN)], prod);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
