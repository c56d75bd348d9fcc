import { resourceRule, shown, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentMinInstances = resourceRule({
  name: "aml-deployment-min-instances",
  description:
    "Azure Machine Learning online deployments keep enough instances to survive a node failure or an upgrade.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["aprl:bcfe71f1", "own:Azure Machine Learning online endpoint SLA (3 instances)"],
  remediationSteps:
    "With default scaling set sku.capacity to at least the configured minimum (3); with scaleSettings.scaleType 'TargetUtilization' set properties.scaleSettings.minInstances to it.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-manage-quotas#azure-machine-learning-online-endpoints-and-batch-endpoints",
  types: [T.mlOnlineDeployment],
  config: {
    minInstances: {
      type: "integer",
      minimum: 1,
      default: 3,
      description: "The fewest instances a deployment may run.",
    },
  },
  validate: (props: DeploymentProps, ctx) => {
    const min = ctx.config.minInstances;
    const settings = settingsOf(props);
    const scale = settings.scaleSettings;
    if (scale?.scaleType === "TargetUtilization") {
      const floor = "minInstances" in scale ? scale.minInstances : undefined;
      if (typeof floor !== "number" || floor < min) {
        const actual = floor === undefined ? "not set, so 1" : shown(floor);
        ctx.report(
          `properties.scaleSettings.minInstances must be at least ${min}; it is ${actual}.`,
        );
      }
      return;
    }
    // Default scaling runs exactly sku.capacity instances (1 when unset).
    const capacity =
      props.sku !== undefined && "capacity" in props.sku ? props.sku.capacity : undefined;
    if (typeof capacity !== "number" || capacity < min) {
      const actual = capacity === undefined ? "not set, so 1" : shown(capacity);
      ctx.report(`sku.capacity must be at least ${min}; it is ${actual}.`);
    }
  },
});
