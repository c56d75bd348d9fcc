import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksLocalAccountsDisabled = resourceRule({
  name: "aks-local-accounts-disabled",
  description:
    "AKS clusters accept only Microsoft Entra ID identities, with no static admin credentials.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_141",
    "azpol:Azure Kubernetes Service Clusters should have local authentication methods disabled",
    "psrule:Azure.AKS.LocalAccounts",
    "aprl:ca324d71",
  ],
  remediationSteps: "Set disableLocalAccounts to true (requires Entra ID integration).",
  url: "https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    if (props.disableLocalAccounts !== true) {
      const actual =
        "disableLocalAccounts" in props ? String(props.disableLocalAccounts) : "not set";
      ctx.report(`disableLocalAccounts must be true; it is ${actual}.`);
    }
  },
});
