import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksManagedIdentity = resourceRule({
  name: "aks-managed-identity",
  description: "AKS clusters use a managed identity instead of a service principal secret.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: [
    "azpol:Azure Kubernetes Service Clusters should use managed identities",
    "psrule:Azure.AKS.ManagedIdentity",
  ],
  remediationSteps:
    "Set identity.type to 'SystemAssigned' or 'UserAssigned' and remove servicePrincipalProfile.",
  url: "https://learn.microsoft.com/azure/aks/use-managed-identity",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const type = "identity" in props ? props.identity?.type : undefined;
    if (type !== "SystemAssigned" && type !== "UserAssigned") {
      const actual = type === undefined ? "not set" : `'${String(type)}'`;
      ctx.report(`identity.type must be 'SystemAssigned' or 'UserAssigned'; it is ${actual}.`);
    }
  },
});
