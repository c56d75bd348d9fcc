import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksRunCommandDisabled = resourceRule({
  name: "aks-run-command-disabled",
  description:
    "AKS clusters refuse 'command invoke', which runs commands in the cluster through the Azure API.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["azpol:Azure Kubernetes Service Clusters should disable Command Invoke"],
  remediationSteps: "Set apiServerAccessProfile.disableRunCommand to true.",
  url: "https://learn.microsoft.com/azure/aks/access-private-cluster#disable-run-command",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    const profile = "apiServerAccessProfile" in props ? (props.apiServerAccessProfile ?? {}) : {};
    if (profile.disableRunCommand !== true) {
      const actual = "disableRunCommand" in profile ? String(profile.disableRunCommand) : "not set";
      ctx.report(`apiServerAccessProfile.disableRunCommand must be true; it is ${actual}.`);
    }
  },
});
