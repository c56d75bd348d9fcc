import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksAutoUpgrade = resourceRule({
  name: "aks-auto-upgrade",
  description: "AKS clusters patch Kubernetes and node images automatically.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: [
    "checkov:CKV_AZURE_171",
    "azpol:Azure Kubernetes Service Clusters should enable cluster auto-upgrade",
    "psrule:Azure.AKS.AutoUpgrade",
    "psrule:Azure.AKS.NodeAutoUpgrade",
  ],
  remediationSteps:
    "Set autoUpgradeProfile to { upgradeChannel: 'patch' or 'stable', nodeOSUpgradeChannel: 'NodeImage' or 'SecurityPatch' } and add a maintenance window.",
  url: "https://learn.microsoft.com/azure/aks/auto-upgrade-cluster",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const profile = "autoUpgradeProfile" in props ? (props.autoUpgradeProfile ?? {}) : {};
    const channel = profile.upgradeChannel;
    if (channel === undefined || channel === "none") {
      const actual = channel === undefined ? "not set" : "'none'";
      ctx.report(
        `autoUpgradeProfile.upgradeChannel must name an upgrade channel; it is ${actual}.`,
      );
    }
    const nodeChannel = profile.nodeOSUpgradeChannel;
    if (nodeChannel === undefined || nodeChannel === "None" || nodeChannel === "Unmanaged") {
      const actual = nodeChannel === undefined ? "not set" : `'${nodeChannel}'`;
      ctx.report(
        `autoUpgradeProfile.nodeOSUpgradeChannel must be 'NodeImage' or 'SecurityPatch'; it is ${actual}.`,
      );
    }
  },
});
