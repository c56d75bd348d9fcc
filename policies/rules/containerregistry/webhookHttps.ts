import type { WebhookArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrWebhookHttps = resourceRule({
  name: "acr-webhook-https",
  description: "Container registry webhooks deliver their events over HTTPS.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV2_AZURE_30"],
  remediationSteps: "Set serviceUri to an https:// address.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-webhook",
  types: [T.registryWebhook],
  validate: (props: Props<WebhookArgs>, ctx) => {
    const uri = String(props.serviceUri);
    if (!/^https:\/\//i.test(uri)) {
      // The URI may carry a token in its query string: name only its scheme.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1] ?? "no scheme";
      ctx.report(`serviceUri uses ${scheme}; use an https:// address.`);
    }
  },
});
