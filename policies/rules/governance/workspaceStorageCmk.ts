import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/** Whether the workspace names the account (graph edge, or the same known id). */
function uses(workspace: PolicyResource, account: PolicyResource): boolean {
  if (refersTo(workspace, account, "storageAccount")) return true;
  const named = peek(() => workspace.props.storageAccount as unknown);
  const id = peek(() => account.props.id as unknown);
  return (
    typeof named === "string" && typeof id === "string" && named.toLowerCase() === id.toLowerCase()
  );
}

export const workspaceStorageCmk = stackRule({
  name: "workspace-storage-cmk",
  description:
    "Storage accounts that hold an AML workspace's data are encrypted with a customer-managed key.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Storage accounts should use customer-managed key for encryption",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "On the workspace's storage account set encryption.keySource to 'Microsoft.Keyvault' with keyVaultProperties naming a key in a purge-protected vault.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys",
  types: [T.mlWorkspace],
  subject: T.mlWorkspace,
  validate: (resources, ctx) => {
    const accounts = ofType(resources, [T.storageAccount]);
    for (const workspace of ofType(resources, [T.mlWorkspace])) {
      for (const account of accounts.filter((a) => uses(workspace, a))) {
        // An encryption object unknown at preview cannot be judged; other accounts still can.
        const keySource = peek(() => account.props.encryption?.keySource as unknown);
        if (keySource === UNRESOLVED || keySource === "Microsoft.Keyvault") continue;
        ctx.report(
          `The storage account '${account.name}' holds data of the AML workspace '${workspace.name}' but uses Microsoft-managed keys; set encryption.keySource to 'Microsoft.Keyvault'.`,
          account,
        );
      }
    }
  },
});
