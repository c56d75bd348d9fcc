import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const aiAccountOutboundRestricted = resourceRule({
  name: "ai-account-outbound-restricted",
  description:
    "Azure AI services and OpenAI accounts may call out only to the FQDNs they are allowed.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV_AZURE_247", "own:Azure AI services data loss prevention"],
  remediationSteps:
    "Set properties.restrictOutboundNetworkAccess to true and list the destinations the account needs in properties.allowedFqdnList.",
  url: "https://learn.microsoft.com/azure/ai-services/cognitive-services-data-loss-prevention",
  types: [T.aiAccount],
  validate: (props: Props<AccountArgs>, ctx) => {
    if (!("properties" in props)) {
      ctx.report(
        "properties.restrictOutboundNetworkAccess must be true; properties is not set, so outbound calls are unrestricted.",
      );
      return;
    }
    const properties = props.properties ?? {};
    if (!("restrictOutboundNetworkAccess" in properties)) {
      ctx.report(
        "properties.restrictOutboundNetworkAccess must be true; it is not set, so outbound calls are unrestricted.",
      );
    } else if (properties.restrictOutboundNetworkAccess !== true) {
      ctx.report(
        `properties.restrictOutboundNetworkAccess must be true; it is ${String(properties.restrictOutboundNetworkAccess)}.`,
      );
    }
  },
});
