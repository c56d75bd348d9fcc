import { has, quoteList, resourceRule, T } from "../../lib";
import {
  enabledAndBlockingProblems,
  filtersOf,
  findFilter,
  label,
  RaiPolicyProps,
} from "./lib/contentFilters";

export const openaiContentFilterHarmCategories = resourceRule({
  name: "openai-content-filter-harm-categories",
  description:
    "Content filter policies block hate, sexual, violence and self-harm content at medium severity or stricter, on prompts and completions, before it is returned.",
  severity: "high",
  pillar: "security",
  principle: "earn-user-trust",
  anchors: [
    "azpol:[Preview]: Cognitive Services Deployments should only use allowed control",
    "own:Azure OpenAI content filtering",
  ],
  remediationSteps:
    "In properties.contentFilters, list each of Hate, Sexual, Violence and Selfharm for source 'Prompt' and for source 'Completion' with enabled: true, blocking: true and severityThreshold 'Medium' (or 'Low'); leave properties.mode unset or 'Default' (asynchronous filtering returns content before it is filtered).",
  url: "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter",
  types: [T.raiPolicy],
  config: {
    categories: {
      type: "array",
      items: { type: "string" },
      default: ["Hate", "Sexual", "Violence", "Selfharm"],
      description: "Harm categories that must be filtered in both directions.",
    },
    allowedSeverityThresholds: {
      type: "array",
      items: { type: "string", enum: ["Low", "Medium", "High"] },
      default: ["Low", "Medium"],
      description:
        "Accepted severityThreshold values; 'Low' blocks the most content, 'High' only the most severe.",
    },
    allowedModes: {
      type: "array",
      items: { type: "string", enum: ["Default", "Blocking", "Deferred", "Asynchronous_filter"] },
      default: ["Default", "Blocking"],
      description:
        "Accepted properties.mode values; 'Asynchronous_filter' and 'Deferred' stream content first and filter it afterwards.",
    },
  },
  validate: (props: RaiPolicyProps, ctx) => {
    const { categories, allowedSeverityThresholds: allowed, allowedModes } = ctx.config;
    const mode =
      "properties" in props && has(props.properties, "mode") ? props.properties?.mode : undefined;
    // Unset, Azure filters synchronously ('Default').
    if (mode !== undefined && mode !== null && !allowedModes.includes(String(mode))) {
      ctx.report(
        `properties.mode must be ${quoteList(allowedModes)}; it is '${String(mode)}', so content reaches users before it is filtered.`,
      );
    }
    const filters = filtersOf(props);
    if (filters === undefined) {
      ctx.report(
        `properties.contentFilters must filter ${quoteList(categories)} on 'Prompt' and 'Completion'; it is not set.`,
      );
      return;
    }
    for (const source of ["Prompt", "Completion"]) {
      for (const category of categories) {
        const filter = findFilter(filters, category, source);
        const at = `properties.contentFilters ${label(category, source)}`;
        if (filter === undefined) {
          ctx.report(`${at} must be listed; it is missing.`);
          continue;
        }
        const problems = enabledAndBlockingProblems(filter);
        const threshold = filter.severityThreshold;
        if (!allowed.includes(String(threshold))) {
          problems.push(
            `severityThreshold must be ${quoteList(allowed)}; it is ${"severityThreshold" in filter ? `'${String(threshold)}'` : "not set"}`,
          );
        }
        for (const problem of problems) ctx.report(`${at}: ${problem}.`);
      }
    }
  },
});
