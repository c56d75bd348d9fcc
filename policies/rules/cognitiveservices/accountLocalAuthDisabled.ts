import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const aiAccountLocalAuthDisabled = resourceRule({
  name: "ai-account-local-auth-disabled",
  description:
    "Azure AI services and OpenAI accounts accept only Microsoft Entra ID tokens, not keys.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_236",
    "azpol:Azure AI Services resources should have key access disabled (disable local authentication)",
    "psrule:Azure.AI.DisableLocalAuth",
    "mcsb:IM-1",
  ],
  remediationSteps:
    "Set properties.disableLocalAuth to true and grant callers the 'Cognitive Services OpenAI User' role on the account.",
  url: "https://learn.microsoft.com/azure/ai-services/disable-local-auth",
  types: [T.aiAccount],
  // Account keys never expire and are shared; an exception would defeat the control.
  exemptible: false,
  validate: (props: Props<AccountArgs>, ctx) => {
    if (!("properties" in props)) {
      ctx.report("properties.disableLocalAuth must be true; properties is not set, so keys work.");
      return;
    }
    const properties = props.properties ?? {};
    if (!("disableLocalAuth" in properties)) {
      ctx.report("properties.disableLocalAuth must be true; it is not set, so keys work.");
    } else if (properties.disableLocalAuth !== true) {
      ctx.report(
        `properties.disableLocalAuth must be true; it is ${String(properties.disableLocalAuth)}.`,
      );
    }
  },
});
