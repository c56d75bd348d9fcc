import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

export const amlWorkspaceIdentityDatastores = resourceRule({
  name: "aml-workspace-identity-datastores",
  description:
    "Azure Machine Learning workspaces reach their default datastores with identities, not storage account keys.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:Azure Machine Learning identity-based data access"],
  remediationSteps:
    "Set systemDatastoresAuthMode to 'Identity' and grant the workspace identity 'Storage Blob Data Contributor' on the storage account; then disable its shared keys.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication",
  types: [T.mlWorkspace],
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    if (!("systemDatastoresAuthMode" in props)) {
      ctx.report(
        "systemDatastoresAuthMode must be 'Identity'; it is not set, so datastores use account keys.",
      );
    } else if (props.systemDatastoresAuthMode !== "Identity") {
      ctx.report(
        `systemDatastoresAuthMode must be 'Identity'; it is '${String(props.systemDatastoresAuthMode)}'.`,
      );
    }
  },
});
