import { ANY_TYPE, resourceRule } from "../../lib";

/** A type token whose module pins a preview API version, e.g. `cognitiveservices/v20231001preview`. */
const PREVIEW_MODULE = /^azure-native:[a-z0-9]+\/v\d{8}preview:/i;

export const disallowPreviewApiVersions = resourceRule({
  name: "disallow-preview-api-versions",
  description: "Resources use the provider's default API versions, not preview API versions.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: ["own:compliance-policies disallow-preview-resource"],
  remediationSteps:
    "Import the resource from its default module (e.g. @pulumi/azure-native/cognitiveservices) instead of a preview API version package.",
  url: "https://www.pulumi.com/registry/packages/azure-native/version-guide/",
  types: ANY_TYPE,
  validate: (_props: Record<string, any>, ctx) => {
    if (PREVIEW_MODULE.test(ctx.type)) {
      ctx.report(`The type '${ctx.type}' pins a preview API version; use the default module.`);
    }
  },
});
