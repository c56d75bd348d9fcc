import type { DeploymentArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const openaiDeploymentVersionPinned = resourceRule({
  name: "openai-deployment-version-pinned",
  description:
    "Azure OpenAI model deployments pin a model version and change it only through a tested release.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: [
    "azpol:Cognitive Services Deployments should only use approved Registry Models",
    "own:Azure OpenAI model version upgrade policy",
  ],
  remediationSteps:
    "Set properties.model.version and properties.versionUpgradeOption to 'NoAutoUpgrade' (or 'OnceCurrentVersionExpired'); roll new versions out as a new deployment after evaluation.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/working-with-models#model-deployment-upgrade-configuration",
  types: [T.aiDeployment],
  config: {
    allowedUpgradeOptions: {
      type: "array",
      items: {
        type: "string",
        enum: ["NoAutoUpgrade", "OnceCurrentVersionExpired", "OnceNewDefaultVersionAvailable"],
      },
      default: ["NoAutoUpgrade", "OnceCurrentVersionExpired"],
      description: "Accepted versionUpgradeOption values.",
    },
  },
  validate: (props: Props<DeploymentArgs>, ctx) => {
    const allowed = ctx.config.allowedUpgradeOptions;
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    const model = "model" in properties ? (properties.model ?? {}) : {};
    // Presence decides: the version string itself does not matter here.
    if (!("version" in model)) {
      ctx.report(
        "properties.model.version must be set; it is not set, so Azure picks the default.",
      );
    }
    if (!("versionUpgradeOption" in properties)) {
      ctx.report(
        `properties.versionUpgradeOption must be ${quoteList(allowed)}; it is not set, so Azure upgrades when a new default version ships.`,
      );
    } else if (!allowed.includes(String(properties.versionUpgradeOption))) {
      ctx.report(
        `properties.versionUpgradeOption must be ${quoteList(allowed)}; it is '${String(properties.versionUpgradeOption)}'.`,
      );
    }
  },
});
