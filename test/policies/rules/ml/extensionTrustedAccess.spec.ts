import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlExtensionTrustedAccess as rule } from "../../../../policies/rules/ml/extensionTrustedAccess";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantExtension } from "../aks/fixtures";
import { clusterResource } from "../aks/stackFixtures";

const ROLE = "Microsoft.MachineLearningServices/workspaces/mlworkload";
const WORKSPACE =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.MachineLearningServices/workspaces/mlw-ai";
const extension = (fields: Record<string, unknown> = {}) =>
  stackResource(T.clusterExtension, "azureml", { ...compliantExtension(), ...fields });
const binding = (roles: unknown, resourceName: unknown = "aks-ai") =>
  stackResource(T.trustedAccessRoleBinding, "trusted", {
    resourceGroupName: "rg-ai",
    resourceName,
    trustedAccessRoleBindingName: "azureml-workspace",
    sourceResourceId: WORKSPACE,
    roles,
  });

describe("aml-extension-trusted-access", () => {
  it("passes an extension whose cluster binds the workspace's mlworkload role", () => {
    const result = runStackPolicy(rule, [clusterResource(), extension(), binding([ROLE])]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a missing binding on the extension", () => {
    const result = runStackPolicy(rule, [clusterResource(), extension()]);
    assert.deepStrictEqual(messages(result), [
      `The Azure ML extension 'azureml' runs on AKS cluster 'aks', which has local accounts disabled, but no TrustedAccessRoleBinding on the cluster grants '${ROLE}'; add one for the workspace.`,
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.clusterExtension, "azureml"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a binding with another role or on another cluster", () => {
    const wrongRole = binding(["Microsoft.MachineLearningServices/workspaces/other"]);
    assert.strictEqual(
      messages(runStackPolicy(rule, [clusterResource(), extension(), wrongRole])).length,
      1,
    );
    const elsewhere = binding([ROLE], "aks-other");
    assert.strictEqual(
      messages(runStackPolicy(rule, [clusterResource(), extension(), elsewhere])).length,
      1,
    );
  });

  it("leaves clusters with local accounts, other extensions and clusters outside the stack alone", () => {
    const local = clusterResource({ disableLocalAccounts: false });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [local, extension()])), []);
    const flux = extension({ extensionType: "microsoft.flux" });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource(), flux])), []);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [extension()])), []);
  });

  it("finds the cluster and binding by graph edge", () => {
    const cluster = clusterResource({ resourceName: UNKNOWN });
    const ext = stackResource(
      T.clusterExtension,
      "azureml",
      { ...compliantExtension(), clusterName: UNKNOWN },
      { propertyDependencies: { clusterName: [cluster] } },
    );
    assert.strictEqual(messages(runStackPolicy(rule, [cluster, ext])).length, 1);
    const linked = stackResource(
      T.trustedAccessRoleBinding,
      "trusted",
      { resourceName: UNKNOWN, roles: [ROLE] },
      { propertyDependencies: { resourceName: [cluster] } },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [cluster, ext, linked])), []);
  });

  it("waits when a binding's roles are unknown at preview", () => {
    const result = runStackPolicy(rule, [clusterResource(), extension(), binding(UNKNOWN)]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
