import type { OnlineEndpointArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, quoteList, resourceRule, T } from "../../lib";

export const amlEndpointTokenAuth = resourceRule({
  name: "aml-endpoint-token-auth",
  description:
    "Azure Machine Learning online endpoints authenticate callers with expiring tokens, not static keys.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["own:Azure Machine Learning online endpoint authentication"],
  remediationSteps:
    "Set properties.authMode to 'AADToken' (Microsoft Entra ID; or 'AMLToken' when the config allows it) and grant callers the endpoint scoring role.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth",
  types: [T.mlOnlineEndpoint],
  config: {
    allowedAuthModes: {
      type: "array",
      items: { type: "string", enum: ["AADToken", "AMLToken", "Key"] },
      default: ["AADToken", "AMLToken"],
      description: "Accepted endpoint auth modes; keys never expire, tokens do.",
    },
  },
  validate: (props: Props<OnlineEndpointArgs>, ctx) => {
    const allowed = ctx.config.allowedAuthModes;
    // azure-native wraps properties whole; nothing outside it decides, so an unknown skips.
    const mode = props.properties?.authMode;
    if (!allowed.includes(String(mode))) {
      ctx.report(`properties.authMode must be ${quoteList(allowed)}; it is '${String(mode)}'.`);
    }
  },
});
