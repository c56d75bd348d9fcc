import { quoteList, resourceRule, T } from "../../lib";
import {
  enabledAndBlockingProblems,
  filtersOf,
  findFilter,
  label,
  RaiPolicyProps,
} from "./lib/contentFilters";

export const openaiContentFilterProtectedMaterial = resourceRule({
  name: "openai-content-filter-protected-material",
  description: "Content filter policies block completions that reproduce protected text or code.",
  severity: "medium",
  pillar: "security",
  principle: "earn-user-trust",
  anchors: [
    "azpol:[Preview]: Cognitive Services Deployments should only use allowed completion content filtering",
    "own:Azure OpenAI protected material detection",
  ],
  remediationSteps:
    "Add { name: 'Protected Material Text', source: 'Completion', enabled: true, blocking: true } and the same for 'Protected Material Code' to properties.contentFilters.",
  url: "https://learn.microsoft.com/azure/ai-services/content-safety/concepts/protected-material",
  types: [T.raiPolicy],
  config: {
    filters: {
      type: "array",
      items: { type: "string" },
      default: ["Protected Material Text", "Protected Material Code"],
      description: "Completion filters that must be on and blocking.",
    },
  },
  validate: (props: RaiPolicyProps, ctx) => {
    const required = ctx.config.filters;
    const filters = filtersOf(props);
    if (filters === undefined) {
      ctx.report(
        `properties.contentFilters must filter ${quoteList(required)} on 'Completion'; it is not set.`,
      );
      return;
    }
    for (const name of required) {
      const filter = findFilter(filters, name, "Completion");
      const at = `properties.contentFilters ${label(name, "Completion")}`;
      if (filter === undefined) {
        ctx.report(`${at} must be listed; it is missing.`);
        continue;
      }
      for (const problem of enabledAndBlockingProblems(filter)) ctx.report(`${at}: ${problem}.`);
    }
  },
});
