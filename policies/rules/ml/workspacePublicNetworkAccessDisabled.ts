import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const amlWorkspacePublicNetworkAccessDisabled = resourceRule({
  name: "aml-workspace-public-network-access-disabled",
  description: "Azure Machine Learning workspaces are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_144",
    "checkov:CKV2_AZURE_49",
    "azpol:Azure Machine Learning Workspaces should disable public network access",
    "psrule:Azure.ML.PublicAccess",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled', remove allowPublicAccessWhenBehindVnet (or set it to false), and add a private endpoint (group 'amlworkspace').",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link",
  types: [T.mlWorkspace],
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    if (!("publicNetworkAccess" in props)) {
      ctx.report("publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.");
    } else if (props.publicNetworkAccess !== "Disabled") {
      ctx.report(
        `publicNetworkAccess must be 'Disabled'; it is '${String(props.publicNetworkAccess)}'.`,
      );
    }
    if (setToOtherThan(props.allowPublicAccessWhenBehindVnet, false)) {
      ctx.report(
        `allowPublicAccessWhenBehindVnet must be false; it is ${shown(props.allowPublicAccessWhenBehindVnet)}.`,
      );
    }
  },
});
