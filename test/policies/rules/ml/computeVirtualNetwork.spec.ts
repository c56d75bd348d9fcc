import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlComputeVirtualNetwork as rule } from "../../../../policies/rules/ml/computeVirtualNetwork";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster, compliantInstance, compliantWorkspace } from "./fixtures";

const SUBNET =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml";
const workspace = (fields: Record<string, unknown> = {}) =>
  stackResource(T.mlWorkspace, "mlw", { ...compliantWorkspace(), ...fields });
const compute = (props: Record<string, unknown>, name = "train") =>
  stackResource(T.mlCompute, name, props);

describe("aml-compute-virtual-network", () => {
  it("passes compute of a workspace with a managed network, and compute with a subnet", () => {
    const result = runStackPolicy(rule, [
      workspace(),
      compute(compliantCluster()),
      compute(compliantInstance(), "ci"),
    ]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const own = compute(clusterWith({ subnet: { id: SUBNET } }));
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [workspace({ managedNetwork: undefined }), own])),
      [],
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [own])), []);
  });

  it("reports compute without a subnet in a workspace without a managed network, on the compute", () => {
    const result = runStackPolicy(rule, [
      workspace({ managedNetwork: undefined }),
      compute(compliantCluster()),
    ]);
    assert.deepStrictEqual(messages(result), [
      "The AmlCompute 'train' names no subnet and its workspace 'mlw' has no managed network; set properties.properties.subnet.id or give the workspace a managed network.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.mlCompute, "train"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    const disabled = workspace({ managedNetwork: { isolationMode: "Disabled" } });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [disabled, compute(compliantInstance(), "ci")])),
      [
        "The ComputeInstance 'ci' names no subnet and its workspace 'mlw' has managed network mode 'Disabled'; set properties.properties.subnet.id or give the workspace a managed network.",
      ],
    );
  });

  it("reports compute without a subnet whose workspace is not in the stack", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [compute(compliantCluster())])), [
      "The AmlCompute 'train' names no subnet and its workspace is not in this stack, so no managed network can be confirmed; set properties.properties.subnet.id.",
    ]);
    const other = workspace({ workspaceName: "mlw-other" });
    assert.strictEqual(
      messages(runStackPolicy(rule, [other, compute(compliantCluster())])).length,
      1,
    );
  });

  it("leaves attached compute alone", () => {
    const attached = compute({
      workspaceName: "mlw-ai-prod",
      properties: {
        computeType: "Kubernetes",
        disableLocalAuth: true,
        resourceId: "/subscriptions/s/aks",
      },
    });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [workspace({ managedNetwork: undefined }), attached])),
      [],
    );
  });

  it("finds the workspace by graph edge", () => {
    const ws = workspace({ workspaceName: UNKNOWN, managedNetwork: undefined });
    const linked = stackResource(
      T.mlCompute,
      "train",
      { ...compliantCluster(), workspaceName: UNKNOWN },
      { propertyDependencies: { workspaceName: [ws] } },
    );
    assert.strictEqual(
      messages(runStackPolicy(rule, [ws, linked]))[0].includes("workspace 'mlw'"),
      true,
    );
  });

  it("waits when the workspace's managed network or the subnet is unknown at preview", () => {
    const result = runStackPolicy(rule, [
      workspace({ managedNetwork: UNKNOWN }),
      compute(compliantCluster()),
    ]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
    const subnet = compute(clusterWith({ subnet: UNKNOWN }));
    assert.deepStrictEqual(runStackPolicy(rule, [subnet]).violations, []);
  });
});
