import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrQuarantineEnabled as rule } from "../../../../policies/rules/containerregistry/quarantineEnabled";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

const registryId =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.ContainerRegistry/registries/ACRAIPROD";

const registry = (quarantinePolicy?: unknown, extra: Record<string, unknown> = {}) => {
  const props = { ...compliantRegistry(), ...extra };
  if (quarantinePolicy === undefined) delete props.policies.quarantinePolicy;
  else props.policies = { ...props.policies, quarantinePolicy };
  return stackResource(T.registry, "registry", props);
};
const workspace = (containerRegistry: unknown, deps: Record<string, any[]> = {}) =>
  stackResource(
    T.mlWorkspace,
    "workspace",
    { workspaceName: "mlw-ai", containerRegistry },
    { propertyDependencies: deps },
  );
const run = (...resources: ReturnType<typeof stackResource>[]) => runStackPolicy(rule, resources);

describe("acr-quarantine-enabled", () => {
  it("passes a registry that quarantines pushed images", () =>
    assert.deepStrictEqual(messages(run(registry({ status: "enabled" }))), []));

  it("reports quarantine disabled, on the registry, as advisory", () => {
    const result = run(registry({ status: "disabled" }));
    assert.deepStrictEqual(messages(result), [
      "The registry 'registry' does not quarantine pushed images: policies.quarantinePolicy.status is 'disabled'; set it to 'enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.strictEqual(result.violations[0].urn, urnOf(T.registry, "registry"));
  });

  it("reports quarantine left unset", () =>
    assert.deepStrictEqual(messages(run(registry())), [
      "The registry 'registry' does not quarantine pushed images: policies.quarantinePolicy.status is not set (disabled); set it to 'enabled'.",
    ]));

  it("exempts the registry a workspace names by a known ID (any case)", () =>
    assert.deepStrictEqual(messages(run(registry(), workspace(registryId))), []));

  it("exempts the registry a workspace refers to through a graph edge, its ID unknown at preview", () => {
    const r = registry();
    const result = run(r, workspace(UNKNOWN, { containerRegistry: [r] }));
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("still reports a registry no workspace uses, beside one that a workspace uses", () => {
    const used = stackResource(T.registry, "workspace-registry", compliantRegistry());
    const other = registry({ status: "disabled" }, { registryName: "acrshared" });
    const result = run(used, other, workspace(registryId.replace("ACRAIPROD", "acraiprod")));
    assert.deepStrictEqual(
      result.violations.map((v) => v.urn),
      [urnOf(T.registry, "registry")],
    );
  });

  it("reports a registry when the workspace names another registry", () =>
    assert.strictEqual(
      messages(run(registry(), workspace(registryId.replace("ACRAIPROD", "acrother")))).length,
      1,
    ));

  it("leaves the registry undecided while a workspace's registry is unknown without an edge", () =>
    assert.deepStrictEqual(messages(run(registry(), workspace(UNKNOWN))), []));

  it("leaves the registry undecided while its quarantine status is unknown", () =>
    assert.deepStrictEqual(messages(run(registry({ status: UNKNOWN }))), []));
});
