/**
 * Checkov and PSRule for Azure rules on Azure Machine Learning workspaces and computes (neither
 * peer checks online endpoints, deployments, registries or datastores). Read from Checkov's
 * Terraform, ARM and graph checks and PSRule's `Azure.ML.Rule.yaml` and rule docs.
 */
import type { PeerRule } from "../peerRule";

const WORKSPACE = "azure-native:machinelearningservices:Workspace";
const COMPUTE = "azure-native:machinelearningservices:Compute";
const STORAGE = "azure-native:storage:StorageAccount";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_142",
    checks: "Compute clusters disable local authentication (we check every compute kind).",
    types: [COMPUTE],
  },
  {
    anchor: "checkov:CKV_AZURE_144",
    checks: "The workspace disables public network access; unset counts as enabled.",
    types: [WORKSPACE],
  },
  {
    anchor: "checkov:CKV_AZURE_150",
    checks: "Compute clusters scale down to zero nodes (scaleSettings.minNodeCount 0).",
    types: [COMPUTE],
  },
  {
    anchor: "checkov:CKV_AZURE_243",
    checks:
      "ARM only: the workspace's managedNetwork.outboundRules include a rule of type PrivateEndpoint.",
    types: [WORKSPACE],
    notImplemented:
      "Azure adds private endpoint outbound rules for the workspace's own storage, vault and registry itself, so a faithful rule would fire on every correctly isolated workspace; the pack's managed-network and private-access rules answer the questions that matter, and none may cite this one.",
  },
  {
    anchor: "checkov:CKV2_AZURE_49",
    checks: "The workspace's public network access is disabled (the ARM check accepts it unset).",
    types: [WORKSPACE],
  },
  {
    anchor: "checkov:CKV2_AZURE_50",
    checks:
      "The storage account of a high business impact workspace has public network access disabled.",
    types: [WORKSPACE, STORAGE],
  },
  {
    anchor: "psrule:Azure.ML.ComputeIdleShutdown",
    checks: "Compute instances set an idle time before shutdown.",
    types: [COMPUTE],
  },
  {
    anchor: "psrule:Azure.ML.DisableLocalAuth",
    checks: "Computes disable local authentication.",
    types: [COMPUTE],
  },
  {
    anchor: "psrule:Azure.ML.ComputeVnet",
    checks:
      "Computes name a subnet (we accept a workspace managed network instead, and leave attached compute, which sits in its own resource's network, alone).",
    types: [COMPUTE, WORKSPACE],
  },
  {
    anchor: "psrule:Azure.ML.PublicAccess",
    checks:
      "The workspace disables public network access and does not allow it behind a virtual network.",
    types: [WORKSPACE],
  },
  {
    anchor: "psrule:Azure.ML.UserManagedIdentity",
    checks:
      "The workspace identity is UserAssigned, lists its identities and names the primary one.",
    types: [WORKSPACE],
  },
];
