import type { BackendArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, T } from "../../lib";

export const apimBackendHttps = resourceRule({
  name: "apim-backend-https",
  description: "API Management backends are called over HTTPS.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["checkov:CKV_AZURE_215", "mcsb:DP-3"],
  remediationSteps: "Set url to the backend's https:// address.",
  url: "https://learn.microsoft.com/azure/api-management/backends",
  types: [T.apimBackend],
  validate: (props: Props<BackendArgs>, ctx) => {
    // A pool has no URL of its own; its members are judged one by one.
    if (!("url" in props) || props.url === null || props.url === undefined) return;
    const url = String(props.url);
    if (!url.toLowerCase().startsWith("https://")) {
      ctx.report(`url is '${url}'; use https://.`);
    }
  },
});
