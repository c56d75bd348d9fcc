import { exemptionUsage, stackRule } from "../../lib";

export const exemptionsReport = stackRule({
  name: "exemptions-report",
  description:
    "Each run lists the exemptions it applied and the valid exemptions no resource needed.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["own:cdk-nag #405 and #800 (report applied and unused suppressions)"],
  remediationSteps:
    "Review applied exemptions before they expire; remove unused ones from the `exemptions-valid` config.",
  url: "https://www.pulumi.com/docs/iac/using-pulumi/crossguard/configuration/",
  enforcementLevel: "advisory",
  exemptible: false,
  types: [],
  validate: (_resources, ctx) => {
    for (const { exemption, urns } of exemptionUsage()) {
      if (exemption.problem !== undefined) continue;
      const { policy, reason, expires } = exemption.entry;
      if (urns.length > 0) {
        ctx.report(
          `Exemption #${exemption.index + 1} waived '${String(policy)}' for ${urns.join(", ")} until ${String(expires)}: ${String(reason)}.`,
        );
      } else {
        ctx.report(
          `Exemption #${exemption.index + 1} for '${String(policy)}' matched no violation of '${String(exemption.entry.resource)}'; remove it.`,
        );
      }
    }
  },
});
