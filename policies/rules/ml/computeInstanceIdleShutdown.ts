import { resourceRule, T } from "../../lib";
import { computeInstance, ComputeProps } from "./lib/compute";
import { durationSeconds } from "./lib/duration";

export const amlComputeInstanceIdleShutdown = resourceRule({
  name: "aml-compute-instance-idle-shutdown",
  description: "Azure Machine Learning compute instances shut down after a bounded idle time.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: [
    "azpol:Azure Machine Learning Compute Instance should have idle shutdown.",
    "psrule:Azure.ML.ComputeIdleShutdown",
  ],
  remediationSteps:
    "Set properties.properties.idleTimeBeforeShutdown to an ISO 8601 duration between 'PT15M' and the configured maximum, e.g. 'PT60M'.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-create-compute-instance#configure-idle-shutdown",
  types: [T.mlCompute],
  config: {
    maxIdleTimeBeforeShutdown: {
      type: "string",
      default: "PT2H",
      description: "The longest idle time (ISO 8601 duration) before an instance shuts down.",
    },
  },
  validate: (props: ComputeProps, ctx) => {
    const limit = ctx.config.maxIdleTimeBeforeShutdown;
    const instance = computeInstance(props);
    if (instance === undefined) return;
    const settings = instance.properties ?? {};
    const at = "properties.properties.idleTimeBeforeShutdown";
    if (!("idleTimeBeforeShutdown" in settings)) {
      ctx.report(`${at} must be at most '${limit}'; it is not set, so the instance never stops.`);
      return;
    }
    const idle = String(settings.idleTimeBeforeShutdown);
    const seconds = durationSeconds(idle);
    if (seconds === undefined || seconds > (durationSeconds(limit) ?? Number.POSITIVE_INFINITY)) {
      ctx.report(`${at} must be at most '${limit}'; it is '${idle}'.`);
    }
  },
});
