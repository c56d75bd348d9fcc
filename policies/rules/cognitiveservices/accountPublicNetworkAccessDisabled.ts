import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const aiAccountPublicNetworkAccessDisabled = resourceRule({
  name: "ai-account-public-network-access-disabled",
  description:
    "Azure AI services and OpenAI accounts are reachable only through private endpoints.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_134",
    "azpol:Azure AI Services resources should restrict network access",
    "psrule:Azure.AI.PrivateEndpoints",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set properties.publicNetworkAccess to 'Disabled' and add a private endpoint (privatelink.openai.azure.com / privatelink.cognitiveservices.azure.com).",
  url: "https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks",
  types: [T.aiAccount],
  validate: (props: Props<AccountArgs>, ctx) => {
    if (!("properties" in props)) {
      ctx.report(
        "properties.publicNetworkAccess must be 'Disabled'; properties is not set, so Azure enables it.",
      );
      return;
    }
    const properties = props.properties ?? {};
    if (!("publicNetworkAccess" in properties)) {
      ctx.report(
        "properties.publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
      );
      return;
    }
    const access = properties.publicNetworkAccess;
    if (access !== "Disabled") {
      ctx.report(`properties.publicNetworkAccess must be 'Disabled'; it is '${String(access)}'.`);
    }
  },
});
