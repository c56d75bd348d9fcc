import { resourceRule, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentHealthProbes = resourceRule({
  name: "aml-deployment-health-probes",
  description:
    "Azure Machine Learning online deployments declare liveness and readiness probes tuned to the model's start-up.",
  severity: "low",
  pillar: "reliability",
  principle: "design-for-a-reliable-user-experience",
  anchors: ["aprl:cd6791b1", "own:Azure Machine Learning online deployment probes"],
  remediationSteps:
    "Set properties.livenessProbe and properties.readinessProbe (initialDelay long enough to load the model, period, timeout, failureThreshold).",
  url: "https://learn.microsoft.com/azure/machine-learning/reference-yaml-deployment-managed-online#probesettings",
  types: [T.mlOnlineDeployment],
  validate: (props: DeploymentProps, ctx) => {
    // Presence decides; the probe timings are the team's to choose.
    const settings = settingsOf(props);
    for (const probe of ["livenessProbe", "readinessProbe"]) {
      if (!(probe in settings)) {
        ctx.report(
          `properties.${probe} must be set; it is not set, so the service's generic default applies.`,
        );
      }
    }
  },
});
