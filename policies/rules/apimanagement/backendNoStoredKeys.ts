import type { BackendArgs } from "@pulumi/azure-native/apimanagement";
import { Props, resourceRule, T } from "../../lib";

export const apimBackendNoStoredKeys = resourceRule({
  name: "apim-backend-no-stored-keys",
  description:
    "API Management backends hold no keys in headers or query strings: the gateway calls them with its managed identity.",
  severity: "high",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:Azure OpenAI gateway baseline: managed identity to backends"],
  remediationSteps:
    "Remove credentials.header and credentials.query, give the gateway's identity the backend's data-plane role (e.g. 'Cognitive Services OpenAI User') and add <authentication-managed-identity> to the API policy.",
  url: "https://learn.microsoft.com/azure/api-management/api-management-authenticate-authorize-azure-openai",
  types: [T.apimBackend],
  validate: (props: Props<BackendArgs>, ctx) => {
    const credentials = props.credentials ?? {};
    for (const part of ["header", "query"] as const) {
      const names = Object.keys(credentials[part] ?? {});
      if (names.length > 0) {
        ctx.report(
          `credentials.${part} stores ${names.map((n) => `'${n}'`).join(", ")}; call the backend with the gateway's managed identity instead.`,
        );
      }
    }
  },
});
