import type { PolicyResource } from "@pulumi/policy";
import { has, ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { inWorkspace } from "./lib/workspaceLinks";

/** Compute kinds whose nodes Azure ML creates, and so places in a network. */
const NODE_COMPUTE = ["AmlCompute", "ComputeInstance"];

/** Managed network modes that put a workspace's compute in an Azure-managed virtual network. */
const MANAGED = ["AllowOnlyApprovedOutbound", "AllowInternetOutbound"];

/** Whether the compute names a subnet; undefined when that is unknown at preview. */
function hasSubnet(compute: PolicyResource): boolean | undefined {
  const subnet = peek(() => compute.props.properties?.properties?.subnet as unknown);
  if (subnet === UNRESOLVED) return undefined;
  // Presence decides: the subnet ID is often an output of a network made in the same run.
  return has(subnet, "id");
}

export const amlComputeVirtualNetwork = stackRule({
  name: "aml-compute-virtual-network",
  description:
    "Azure Machine Learning compute clusters and instances run in a virtual network: a subnet of their own, or their workspace's managed network.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "psrule:Azure.ML.ComputeVnet",
    "azpol:Azure Machine Learning Computes should be in a virtual network",
    "mcsb:NS-1",
  ],
  remediationSteps:
    "Give the workspace a managed network (managedNetwork.isolationMode 'AllowOnlyApprovedOutbound'), or set properties.properties.subnet.id on the compute to a subnet of your virtual network.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-managed-network",
  types: [T.mlCompute, T.mlWorkspace],
  subject: T.mlCompute,
  validate: (resources, ctx) => {
    const workspaces = ofType(resources, [T.mlWorkspace]);
    for (const compute of ofType(resources, [T.mlCompute])) {
      const kind = peek(() => compute.props.properties?.computeType as unknown);
      if (!NODE_COMPUTE.includes(String(kind))) continue;
      const subnet = hasSubnet(compute);
      if (subnet !== false) continue;
      const workspace = workspaces.find((w) => inWorkspace(compute, w));
      if (workspace === undefined) {
        ctx.report(
          `The ${String(kind)} '${compute.name}' names no subnet and its workspace is not in this stack, so no managed network can be confirmed; set properties.properties.subnet.id.`,
          compute,
        );
        continue;
      }
      // azure-native wraps managedNetwork whole: unknown at preview leaves this compute open.
      const mode = peek(() => workspace.props.managedNetwork?.isolationMode as unknown);
      if (mode === UNRESOLVED || MANAGED.includes(String(mode))) continue;
      const actual =
        mode === undefined ? "no managed network" : `managed network mode '${String(mode)}'`;
      ctx.report(
        `The ${String(kind)} '${compute.name}' names no subnet and its workspace '${workspace.name}' has ${actual}; set properties.properties.subnet.id or give the workspace a managed network.`,
        compute,
      );
    }
  },
});
