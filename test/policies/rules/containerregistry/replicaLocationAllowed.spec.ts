import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrReplicaLocationAllowed as rule } from "../../../../policies/rules/containerregistry/replicaLocationAllowed";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const replica = (location: unknown) => ({
  resourceGroupName: "rg-ai",
  registryName: "acraiprod",
  location,
  zoneRedundancy: "Enabled",
});
const EU = { allowedLocations: ["swedencentral", "West Europe"] };
const run = (props: object, config?: Record<string, unknown>) =>
  runResourcePolicy(rule, T.registryReplication, props, { config });

describe("acr-replica-location-allowed", () => {
  it("allows every region by default", () =>
    assert.deepStrictEqual(messages(run(replica("eastus"))), []));

  it("passes an allowed region however it is spelled", () =>
    assert.deepStrictEqual(messages(run(replica("westeurope"), EU)), []));

  it("reports a region outside the list", () =>
    assert.deepStrictEqual(messages(run(replica("eastus"), EU)), [
      "location is 'eastus'; use one of 'swedencentral', 'West Europe'.",
    ]));

  it("is skipped at preview when the location is unknown", () =>
    assert.strictEqual(
      run(replica(UNKNOWN), EU).unknown,
      "string value at .location can't be known during preview",
    ));
});
