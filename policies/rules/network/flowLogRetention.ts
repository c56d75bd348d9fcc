import type { FlowLogArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";

export const flowLogRetention = resourceRule({
  name: "flow-log-retention",
  description:
    "Network flow logs are enabled and kept for at least the configured number of days (or forever).",
  severity: "low",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["checkov:CKV_AZURE_12", "mcsb:LT-4"],
  remediationSteps:
    "Set enabled to true and retentionPolicy to { enabled: true, days: <at least minimumDays, or 0 to keep forever> }.",
  url: "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview",
  types: [T.flowLog],
  config: {
    minimumDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      default: 90,
      description: "Fewest days flow logs stay in storage (0 in the resource means forever).",
    },
  },
  validate: (props: Props<FlowLogArgs>, ctx) => {
    const min = ctx.config.minimumDays;
    if (props.enabled !== true) {
      ctx.report(
        "enabled" in props
          ? `enabled is ${String(props.enabled)}; set it to true.`
          : "enabled is not set; set it to true.",
      );
    }
    if (!("retentionPolicy" in props) || props.retentionPolicy?.enabled !== true) {
      ctx.report(`retentionPolicy is not enabled; set it to { enabled: true, days: ${min} }.`);
      return;
    }
    if (!("days" in (props.retentionPolicy ?? {}))) {
      ctx.report(
        `retentionPolicy.days is not set; set it to at least ${min} (or 0 to keep forever).`,
      );
      return;
    }
    const days = props.retentionPolicy?.days;
    if (typeof days !== "number" || (days !== 0 && days < min)) {
      ctx.report(`retentionPolicy.days is ${String(days)}; keep at least ${min} days (or 0).`);
    }
  },
});
