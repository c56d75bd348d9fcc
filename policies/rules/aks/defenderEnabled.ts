import { resourceRule, T } from "../../lib";
import type { ClusterProps } from "./lib/pools";

export const aksDefenderEnabled = resourceRule({
  name: "aks-defender-enabled",
  description:
    "AKS clusters run the Defender for Containers sensor for runtime threat detection and vulnerability findings.",
  severity: "medium",
  pillar: "security",
  principle: "conduct-security-testing",
  anchors: [
    "azpol:Azure Kubernetes Service clusters should have Defender profile enabled",
    "psrule:Azure.AKS.DefenderProfile",
    "mcsb:LT-1",
  ],
  remediationSteps:
    "Set securityProfile.defender to { securityMonitoring: { enabled: true }, logAnalyticsWorkspaceResourceId }.",
  url: "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-enable",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    // azure-native wraps securityProfile whole; nothing else decides, so unknown skips.
    const defender = "securityProfile" in props ? props.securityProfile?.defender : undefined;
    const enabled = defender?.securityMonitoring?.enabled;
    if (enabled !== true) {
      const actual = enabled === undefined ? "not set" : String(enabled);
      ctx.report(
        `securityProfile.defender.securityMonitoring.enabled must be true; it is ${actual}.`,
      );
    }
  },
});
