/**
 * One resource (or stack) per Checkov / PSRule anchor cited by the Azure Machine Learning rules,
 * each with exactly the peer rule's defect on top of inputs that pass every ML rule.
 */
import { T } from "../../../policies/lib";
import {
  clusterWith,
  compliantCluster,
  compliantWorkspace,
  instanceWith,
} from "../rules/ml/fixtures";
import type { AnchorCase } from "./anchorCase";

const workspaceWith = (fields: Record<string, unknown>) => {
  const props: Record<string, unknown> = { ...compliantWorkspace(), ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete props[k];
  return { type: T.mlWorkspace, props };
};
const compute = (props: Record<string, unknown>) => ({ type: T.mlCompute, props });
const localAuth = () => {
  const props = compliantCluster();
  return compute({ ...props, properties: { ...props.properties, disableLocalAuth: false } });
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_144",
    policy: "aml-workspace-public-network-access-disabled",
    resource: workspaceWith({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "checkov:CKV2_AZURE_49",
    policy: "aml-workspace-public-network-access-disabled",
    resource: workspaceWith({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "psrule:Azure.ML.PublicAccess",
    policy: "aml-workspace-public-network-access-disabled",
    resource: workspaceWith({ allowPublicAccessWhenBehindVnet: true }),
  },
  {
    anchor: "checkov:CKV2_AZURE_50",
    policy: "aml-workspace-hbi-storage-private",
    stack: [
      {
        type: T.mlWorkspace,
        name: "mlw",
        props: {
          ...compliantWorkspace(),
          storageAccount:
            "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stmlw",
        },
      },
      {
        type: T.storageAccount,
        name: "st",
        props: {
          resourceGroupName: "rg-ai",
          accountName: "stmlw",
          kind: "StorageV2",
          sku: { name: "Standard_ZRS" },
          publicNetworkAccess: "Enabled",
          allowBlobPublicAccess: false,
        },
      },
    ],
  },
  {
    anchor: "psrule:Azure.ML.UserManagedIdentity",
    policy: "aml-workspace-user-assigned-identity",
    resource: workspaceWith({
      identity: { type: "SystemAssigned" },
      primaryUserAssignedIdentity: undefined,
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_142",
    policy: "aml-compute-local-auth-disabled",
    resource: localAuth(),
  },
  {
    anchor: "psrule:Azure.ML.DisableLocalAuth",
    policy: "aml-compute-local-auth-disabled",
    resource: localAuth(),
  },
  {
    anchor: "psrule:Azure.ML.ComputeVnet",
    policy: "aml-compute-virtual-network",
    stack: [
      {
        type: T.mlWorkspace,
        name: "mlw",
        props: workspaceWith({ managedNetwork: undefined }).props,
      },
      { type: T.mlCompute, name: "train", props: compliantCluster() },
    ],
  },
  {
    anchor: "checkov:CKV_AZURE_150",
    policy: "aml-training-compute-scale-to-zero",
    resource: compute(
      clusterWith({
        scaleSettings: { minNodeCount: 1, maxNodeCount: 4, nodeIdleTimeBeforeScaleDown: "PT5M" },
      }),
    ),
  },
  {
    anchor: "psrule:Azure.ML.ComputeIdleShutdown",
    policy: "aml-compute-instance-idle-shutdown",
    resource: compute(instanceWith({ idleTimeBeforeShutdown: undefined })),
  },
];
