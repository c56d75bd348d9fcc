import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const aiAccountCustomSubdomain = resourceRule({
  name: "ai-account-custom-subdomain",
  description:
    "Azure AI services and OpenAI accounts have a custom subdomain, which Entra ID authentication and private endpoints require.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:Azure AI services custom subdomain names"],
  remediationSteps:
    "Set properties.customSubDomainName to a globally unique name (usually the account name); it cannot be changed later.",
  url: "https://learn.microsoft.com/azure/ai-services/cognitive-services-custom-subdomains",
  types: [T.aiAccount],
  validate: (props: Props<AccountArgs>, ctx) => {
    // Presence decides; the name's value does not matter (and may be composed from outputs).
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    if (!("customSubDomainName" in properties)) {
      ctx.report("properties.customSubDomainName must be set; it is not set.");
    }
  },
});
