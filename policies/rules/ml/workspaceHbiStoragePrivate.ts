import { ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { usesStorage } from "./lib/workspaceLinks";

export const amlWorkspaceHbiStoragePrivate = stackRule({
  name: "aml-workspace-hbi-storage-private",
  description:
    "Storage accounts that hold a high business impact Azure Machine Learning workspace's data are closed to public networks.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["checkov:CKV2_AZURE_50", "mcsb:NS-2"],
  remediationSteps:
    "On the workspace's storage account set publicNetworkAccess to 'Disabled' and reach it through private endpoints (blob, file) from the workspace's network.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#secure-the-workspace-default-storage-account",
  types: [T.mlWorkspace, T.storageAccount],
  subject: T.mlWorkspace,
  validate: (resources, ctx) => {
    const accounts = ofType(resources, [T.storageAccount]);
    for (const workspace of ofType(resources, [T.mlWorkspace])) {
      if (peek(() => workspace.props.hbiWorkspace as unknown) !== true) continue;
      for (const account of accounts.filter((a) => usesStorage(workspace, a))) {
        const access = peek(() => account.props.publicNetworkAccess as unknown);
        if (access === UNRESOLVED || access === "Disabled") continue;
        const actual =
          access === undefined ? "not set, so Azure enables it" : `'${String(access)}'`;
        ctx.report(
          `The storage account '${account.name}' holds data of the high business impact AML workspace '${workspace.name}' but its publicNetworkAccess is ${actual}; set it to 'Disabled'.`,
          account,
        );
      }
    }
  },
});
