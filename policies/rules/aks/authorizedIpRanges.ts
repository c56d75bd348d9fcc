import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

const EVERYWHERE = ["0.0.0.0/0", "0.0.0.0", "*"];

export const aksAuthorizedIpRanges = resourceRule({
  name: "aks-authorized-ip-ranges",
  description:
    "AKS clusters with a public API server accept API calls only from listed address ranges.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_6",
    "trivy:AZU-0041",
    "azpol:Authorized IP ranges should be defined on Kubernetes Services",
    "psrule:Azure.AKS.AuthorizedIPs",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Make the cluster private (apiServerAccessProfile.enablePrivateCluster: true), or list the operator and CI ranges in apiServerAccessProfile.authorizedIPRanges, never 0.0.0.0/0.",
  url: "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const profile = "apiServerAccessProfile" in props ? (props.apiServerAccessProfile ?? {}) : {};
    // A private API server decides on its own; the ranges are then never read.
    if (profile.enablePrivateCluster === true) return;
    const ranges = "authorizedIPRanges" in profile ? (profile.authorizedIPRanges ?? []) : [];
    if (ranges.length === 0) {
      ctx.report(
        "apiServerAccessProfile.authorizedIPRanges must list the allowed ranges of a public API server; it is empty.",
      );
      return;
    }
    const open = ranges.filter((r) => EVERYWHERE.includes(String(r).trim()));
    if (open.length > 0) {
      ctx.report(
        `apiServerAccessProfile.authorizedIPRanges must not include '${String(open[0])}'; it opens the API server to the internet.`,
      );
    }
  },
});
