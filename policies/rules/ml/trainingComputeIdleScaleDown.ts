import { resourceRule, T } from "../../lib";
import { amlCluster, ComputeProps } from "./lib/compute";
import { durationSeconds } from "./lib/duration";

export const amlTrainingComputeIdleScaleDown = resourceRule({
  name: "aml-training-compute-idle-scale-down",
  description:
    "Azure Machine Learning training clusters release idle nodes within the configured time.",
  severity: "low",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["own:WAF for AI - shut down or scale down unused resources"],
  remediationSteps:
    "Set properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown to an ISO 8601 duration no longer than the configured maximum, e.g. 'PT5M' (Azure's default is 'PT120S').",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster",
  types: [T.mlCompute],
  config: {
    maxIdleTimeBeforeScaleDown: {
      type: "string",
      default: "PT30M",
      description: "The longest idle time (ISO 8601 duration) a node may wait before release.",
    },
  },
  validate: (props: ComputeProps, ctx) => {
    const limit = ctx.config.maxIdleTimeBeforeScaleDown;
    const cluster = amlCluster(props);
    const scale = cluster?.properties?.scaleSettings;
    if (scale === undefined || !("nodeIdleTimeBeforeScaleDown" in scale)) return;
    const idle = String(scale.nodeIdleTimeBeforeScaleDown);
    const seconds = durationSeconds(idle);
    const at = "properties.properties.scaleSettings.nodeIdleTimeBeforeScaleDown";
    if (seconds === undefined) {
      ctx.report(`${at} must be an ISO 8601 duration of at most '${limit}'; it is '${idle}'.`);
    } else if (seconds > (durationSeconds(limit) ?? Number.POSITIVE_INFINITY)) {
      ctx.report(`${at} must be at most '${limit}'; it is '${idle}'.`);
    }
  },
});
