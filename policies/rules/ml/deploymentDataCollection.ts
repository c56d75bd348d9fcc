import { quoteList, resourceRule, stackTagsMatch, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentDataCollection = resourceRule({
  name: "aml-deployment-data-collection",
  description:
    "In production stacks, Azure Machine Learning online deployments collect model inputs and outputs for drift monitoring.",
  severity: "high",
  pillar: "operational-excellence",
  principle: "automate-model-decay-detection",
  anchors: ["own:Azure Machine Learning model monitoring - production inference data"],
  remediationSteps:
    "Set properties.dataCollector.collections.model_inputs and .model_outputs to { dataCollectionMode: 'Enabled' } (keep personal data out with requestLogging.captureHeaders), then attach a model monitor.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-collect-production-data",
  types: [T.mlOnlineDeployment],
  config: {
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: { environment: ["prod", "production"] },
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
    collections: {
      type: "array",
      items: { type: "string" },
      default: ["model_inputs", "model_outputs"],
      description: "Collections that must be enabled.",
    },
  },
  validate: (props: DeploymentProps, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    const required = ctx.config.collections;
    const settings = settingsOf(props);
    if (!("dataCollector" in settings)) {
      ctx.report(
        `properties.dataCollector must collect ${quoteList(required)}; it is not set, so nothing is collected.`,
      );
      return;
    }
    const collections = settings.dataCollector?.collections ?? {};
    for (const name of required) {
      const at = `properties.dataCollector.collections.${name}`;
      if (!(name in collections)) {
        ctx.report(`${at} must be set; it is missing.`);
        continue;
      }
      // Azure's default mode is 'Disabled'.
      const mode = collections[name].dataCollectionMode;
      if (mode !== "Enabled") {
        const actual = mode === undefined ? "not set, so 'Disabled'" : `'${String(mode)}'`;
        ctx.report(`${at}.dataCollectionMode must be 'Enabled'; it is ${actual}.`);
      }
    }
  },
});
