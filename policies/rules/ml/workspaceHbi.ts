import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

export const amlWorkspaceHbi = resourceRule({
  name: "aml-workspace-hbi",
  description:
    "Azure Machine Learning workspaces handling sensitive data run in high business impact mode.",
  severity: "low",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  // Checkov's CKV2_AZURE_50 (HBI data kept off public storage) is aml-workspace-hbi-storage-private.
  anchors: ["own:Azure Machine Learning hbi_workspace flag"],
  remediationSteps:
    "Set hbiWorkspace to true (set at creation): Azure then limits the diagnostic data it collects and encrypts local scratch disks of compute.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-data-encryption#encryption-at-rest",
  types: [T.mlWorkspace],
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    if (props.hbiWorkspace !== true) {
      const actual = "hbiWorkspace" in props ? String(props.hbiWorkspace) : "not set";
      ctx.report(`hbiWorkspace must be true; it is ${actual}.`);
    }
  },
});
