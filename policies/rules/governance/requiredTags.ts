import { COST_TAG_KEYS } from "../../facts/costTags";
import { ANY_TYPE, peek, quoteList, resourceRule, T, UNRESOLVED } from "../../lib";

/** Types in this pack's scope that accept tags even when a program sets none. */
const TAGGABLE = new Set<string>([
  T.storageAccount,
  T.vault,
  T.registry,
  T.managedCluster,
  T.mlWorkspace,
  T.mlCompute,
  T.mlOnlineEndpoint,
  T.mlOnlineDeployment,
  T.aiAccount,
  T.privateEndpoint,
  T.logAnalyticsWorkspace,
]);

export const requiredTags = resourceRule({
  name: "required-tags",
  description:
    "Every taggable resource carries the required cost-allocation tags with non-empty values.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["azpol:Require a tag on resources", "azpol:Require a tag and its value on resources"],
  remediationSteps:
    "Add the missing keys to the resource's tags (the components' `tags` arg applies them to every child).",
  url: "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources",
  types: ANY_TYPE,
  config: {
    requiredTags: {
      type: "array",
      items: { type: "string" },
      default: [...COST_TAG_KEYS],
      description: "Tag keys every taggable resource must carry.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    // Taggable: any azure-native resource that has a tags input, plus known taggable types.
    if (!ctx.type.startsWith("azure-native:")) return;
    const hasTags = "tags" in props;
    if (!hasTags && !TAGGABLE.has(ctx.type)) return;
    const tags: Record<string, unknown> = hasTags ? (props.tags ?? {}) : {};
    // Presence is checked with `in`; a value unknown at preview counts as set.
    const missing = ctx.config.requiredTags.filter((key) => {
      if (!(key in tags)) return true;
      const value = peek(() => tags[key]);
      return value !== UNRESOLVED && (typeof value !== "string" || value.trim() === "");
    });
    if (missing.length > 0) {
      ctx.report(`tags lacks ${quoteList(missing)}; add ${missing.length === 1 ? "it" : "them"}.`);
    }
  },
});
