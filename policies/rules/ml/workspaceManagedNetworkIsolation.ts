import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const amlWorkspaceManagedNetworkIsolation = resourceRule({
  name: "aml-workspace-managed-network-isolation",
  description:
    "Azure Machine Learning workspaces isolate their compute in a managed network that allows only approved outbound traffic.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  // Not Checkov's CKV_AZURE_243: that check asks for a PrivateEndpoint outbound rule, not a mode.
  anchors: [
    "azpol:Azure Machine Learning and Ai Studio should use Allow Only Approved Outbound Managed Vnet mode",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set managedNetwork.isolationMode to 'AllowOnlyApprovedOutbound' and list the destinations the workspace needs in managedNetwork.outboundRules.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-managed-network",
  types: [T.mlWorkspace],
  config: {
    allowedIsolationModes: {
      type: "array",
      items: { type: "string", enum: ["AllowOnlyApprovedOutbound", "AllowInternetOutbound"] },
      default: ["AllowOnlyApprovedOutbound"],
      description: "Managed network isolation modes accepted.",
    },
  },
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    const allowed = ctx.config.allowedIsolationModes;
    const want = `managedNetwork.isolationMode must be ${quoteList(allowed)}`;
    // azure-native wraps managedNetwork whole: when any rule in it is unknown, so is the mode,
    // and nothing else decides, so the rule is skipped at preview.
    if (!("managedNetwork" in props)) {
      ctx.report(`${want}; managedNetwork is not set, so compute has no managed isolation.`);
      return;
    }
    const network = props.managedNetwork ?? {};
    if (!("isolationMode" in network)) {
      ctx.report(`${want}; it is not set, so Azure disables isolation.`);
      return;
    }
    const mode = String(network.isolationMode);
    if (!allowed.includes(mode)) ctx.report(`${want}; it is '${mode}'.`);
  },
});
