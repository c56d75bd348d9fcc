import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, stackTagsMatch, T, UNRESOLVED } from "../../lib";

const SCHEDULE = "azure-native:machinelearningservices:Schedule";

/** Whether a schedule monitors a deployment: yes, no, or not decidable before the apply. */
type Verdict = "yes" | "no" | "unknown";

/**
 * The monitored deployment ID of a CreateMonitor schedule that is enabled: a string ("" when the
 * monitor names no target), undefined when the schedule is not such a monitor, UNRESOLVED when
 * azure-native's wrapped `properties` is unknown.
 */
function monitorTarget(schedule: PolicyResource): string | undefined | typeof UNRESOLVED {
  return peek(() => {
    const properties = schedule.props.properties;
    if (properties?.action?.actionType !== "CreateMonitor" || properties.isEnabled === false) {
      return undefined;
    }
    const target = properties.action.monitorDefinition?.monitoringTarget?.deploymentId;
    return typeof target === "string" ? target : "";
  });
}

function watches(schedule: PolicyResource, deployment: PolicyResource): Verdict {
  const target = monitorTarget(schedule);
  if (target === undefined) return "no";
  // A graph edge (the target ID built from the deployment's outputs) decides on its own.
  if (refersTo(schedule, deployment, "properties")) return "yes";
  if (target === UNRESOLVED) return "unknown";
  const endpoint = peek(() => deployment.props.endpointName as unknown);
  const name = peek(() => (deployment.props.deploymentName as unknown) ?? deployment.name);
  if (endpoint === UNRESOLVED || name === UNRESOLVED) return "unknown";
  const suffix = `/onlineendpoints/${String(endpoint)}/deployments/${String(name)}`.toLowerCase();
  return target.toLowerCase().endsWith(suffix) ? "yes" : "no";
}

export const amlDeploymentModelMonitor = stackRule({
  name: "aml-deployment-model-monitor",
  description:
    "In production stacks, every Azure Machine Learning online deployment is watched by a model monitor.",
  severity: "high",
  pillar: "operational-excellence",
  principle: "automate-model-decay-detection",
  anchors: ["own:Azure Machine Learning model monitoring"],
  remediationSteps:
    "Add a machinelearningservices Schedule whose properties.action is a CreateMonitor action with monitorDefinition.monitoringTarget.deploymentId set to the deployment's ID, and drift and data quality signals.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-model-monitoring",
  types: [T.mlOnlineDeployment, SCHEDULE],
  subject: T.mlOnlineDeployment,
  config: {
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { environment: ["prod", "production"] },
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
  },
  validate: (resources, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    const schedules = ofType(resources, [SCHEDULE]);
    for (const deployment of ofType(resources, [T.mlOnlineDeployment])) {
      const verdicts = schedules.map((s) => watches(s, deployment));
      // A monitor that may turn out to target this deployment leaves the question open.
      if (verdicts.includes("yes") || verdicts.includes("unknown")) continue;
      ctx.report(
        `Online deployment '${deployment.name}' must be watched by a model monitor; no Schedule with an enabled CreateMonitor action targets it.`,
        deployment,
      );
    }
  },
});
