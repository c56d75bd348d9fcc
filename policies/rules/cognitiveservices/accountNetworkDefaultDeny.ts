import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { Props, resourceRule, T } from "../../lib";

export const aiAccountNetworkDefaultDeny = resourceRule({
  name: "ai-account-network-default-deny",
  description:
    "Azure AI services and OpenAI accounts with public access deny traffic that no network rule allows.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "azpol:Azure AI Services resources should restrict network access",
    "psrule:Azure.AI.PublicAccess",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set properties.publicNetworkAccess to 'Disabled', or set properties.networkAcls.defaultAction to 'Deny' with ipRules / virtualNetworkRules for the allowed callers.",
  url: "https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks",
  types: [T.aiAccount],
  validate: (props: Props<AccountArgs>, ctx) => {
    if (!("properties" in props)) {
      ctx.report(
        "properties.networkAcls.defaultAction must be 'Deny'; properties is not set, so every network is allowed.",
      );
      return;
    }
    const properties = props.properties ?? {};
    // Public access disabled decides: the firewall is then never consulted, so not read.
    if (properties.publicNetworkAccess === "Disabled") return;
    if (!("networkAcls" in properties)) {
      ctx.report(
        "properties.networkAcls.defaultAction must be 'Deny'; properties.networkAcls is not set, so every network is allowed.",
      );
      return;
    }
    const action = properties.networkAcls?.defaultAction;
    if (action !== "Deny") {
      ctx.report(`properties.networkAcls.defaultAction must be 'Deny'; it is '${String(action)}'.`);
    }
  },
});
