import { resourceRule, setToOtherThan, shown, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksEntraAzureRbac = resourceRule({
  name: "aks-entra-azure-rbac",
  description:
    "AKS clusters authenticate with Microsoft Entra ID and authorize with Kubernetes and Azure RBAC.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "checkov:CKV_AZURE_5",
    "trivy:AZU-0042",
    "azpol:Role-Based Access Control (RBAC) should be used on Kubernetes Services",
    "psrule:Azure.AKS.AzureRBAC",
    "psrule:Azure.AKS.ManagedAAD",
    "psrule:Azure.AKS.UseRBAC",
    "mcsb:PA-7",
  ],
  remediationSteps:
    "Keep enableRBAC true and set aadProfile to { managed: true, enableAzureRBAC: true } (optionally adminGroupObjectIDs).",
  url: "https://learn.microsoft.com/azure/aks/manage-azure-rbac",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    if (setToOtherThan(props.enableRBAC, true)) {
      ctx.report(`enableRBAC must be true; it is ${shown(props.enableRBAC)}.`);
    }
    if (!("aadProfile" in props)) {
      ctx.report("aadProfile must enable managed Entra ID with Azure RBAC; it is not set.");
      return;
    }
    const aad = props.aadProfile ?? {};
    for (const flag of ["managed", "enableAzureRBAC"] as const) {
      if (aad[flag] !== true) {
        const actual = flag in aad ? String(aad[flag]) : "not set";
        ctx.report(`aadProfile.${flag} must be true; it is ${actual}.`);
      }
    }
  },
});
