import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksWorkloadIdentity = resourceRule({
  name: "aks-workload-identity",
  description:
    "AKS clusters let pods reach Azure OpenAI, storage and key vaults with workload identities, not secrets.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["azpol:Azure Kubernetes Service Clusters should enable workload identity"],
  remediationSteps:
    "Set oidcIssuerProfile.enabled and securityProfile.workloadIdentity.enabled to true, then federate a user-assigned identity per service account.",
  url: "https://learn.microsoft.com/azure/aks/workload-identity-overview",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const oidc = "oidcIssuerProfile" in props ? props.oidcIssuerProfile?.enabled : undefined;
    if (oidc !== true) {
      ctx.report(
        `oidcIssuerProfile.enabled must be true; it is ${oidc === undefined ? "not set" : String(oidc)}.`,
      );
    }
    // azure-native wraps securityProfile whole; only this half of the rule waits for it.
    const workload =
      "securityProfile" in props ? props.securityProfile?.workloadIdentity?.enabled : undefined;
    if (workload !== true) {
      const actual = workload === undefined ? "not set" : String(workload);
      ctx.report(`securityProfile.workloadIdentity.enabled must be true; it is ${actual}.`);
    }
  },
});
