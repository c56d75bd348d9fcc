import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrSoftDelete as rule } from "../../../../policies/rules/containerregistry/softDelete";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const registry = (policies: unknown) =>
  stackResource(T.registry, "acr", { ...compliantRegistry(), policies });
const SOFT_DELETE = { softDeletePolicy: { status: "enabled", retentionDays: 7 } };

describe("acr-soft-delete", () => {
  it("passes a registry with soft delete", () =>
    assert.deepStrictEqual(messages(runStackPolicy(rule, [registry(SOFT_DELETE)])), []));

  it("reports a registry without soft delete or retention, on the registry", () => {
    const result = runStackPolicy(rule, [registry({ exportPolicy: { status: "disabled" } })]);
    assert.deepStrictEqual(messages(result), [
      "Container registry 'acr' has no enabled policies.softDeletePolicy; set it to { status: 'enabled', retentionDays: 7 }.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.registry, "acr"));
  });

  it("reports soft delete without retention days", () =>
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [registry({ softDeletePolicy: { status: "enabled" } })])),
      [
        "Container registry 'acr' enables soft delete without policies.softDeletePolicy.retentionDays; set the days to keep.",
      ],
    ));

  it("does not ask it where Azure refuses it: next to a retention policy or a geo-replica", () => {
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [registry(compliantRegistry().policies)])),
      [],
    );
    const acr = registry({});
    const replica = stackResource(
      T.registryReplication,
      "replica",
      { registryName: UNKNOWN, location: "westeurope" },
      {
        propertyDependencies: { registryName: [acr] },
      },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [acr, replica])), []);
  });

  it("leaves a registry whose policies are unknown at preview undecided", () => {
    const result = runStackPolicy(rule, [registry(UNKNOWN)]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });
});
