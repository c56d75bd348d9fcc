import { quoteList, resourceRule, T } from "../../lib";
import {
  enabledAndBlockingProblems,
  filtersOf,
  findFilter,
  label,
  RaiPolicyProps,
} from "./lib/contentFilters";

/** The prompt shields Azure offers; a listed one that is off or only annotates is an opt-out. */
const KNOWN_SHIELDS = ["Jailbreak", "Indirect Attack"];

export const openaiContentFilterPromptShields = resourceRule({
  name: "openai-content-filter-prompt-shields",
  description:
    "Content filter policies block jailbreak attempts in prompts, and every prompt shield they list is on and blocking.",
  severity: "high",
  pillar: "security",
  principle: "earn-user-trust",
  anchors: [
    "azpol:[Preview]: Cognitive Services Deployments should only use allowed prompt content filtering",
    "own:Azure AI Content Safety prompt shields",
  ],
  remediationSteps:
    "Add { name: 'Jailbreak', source: 'Prompt', enabled: true, blocking: true } to properties.contentFilters (and 'Indirect Attack' when the configured shields include it); a listed shield must be enabled and blocking.",
  url: "https://learn.microsoft.com/azure/ai-services/content-safety/concepts/jailbreak-detection",
  types: [T.raiPolicy],
  config: {
    shields: {
      type: "array",
      items: { type: "string" },
      default: ["Jailbreak"],
      description:
        "Prompt filters that must be on and blocking, e.g. add 'Indirect Attack' for workloads that ground on documents or tools.",
    },
  },
  validate: (props: RaiPolicyProps, ctx) => {
    const shields = ctx.config.shields;
    const filters = filtersOf(props);
    if (filters === undefined) {
      ctx.report(
        `properties.contentFilters must filter ${quoteList(shields)} on 'Prompt'; it is not set.`,
      );
      return;
    }
    const listed = KNOWN_SHIELDS.filter(
      (shield) => !shields.includes(shield) && findFilter(filters, shield, "Prompt") !== undefined,
    );
    for (const shield of [...shields, ...listed]) {
      const filter = findFilter(filters, shield, "Prompt");
      const at = `properties.contentFilters ${label(shield, "Prompt")}`;
      if (filter === undefined) {
        ctx.report(`${at} must be listed; it is missing.`);
        continue;
      }
      for (const problem of enabledAndBlockingProblems(filter)) ctx.report(`${at}: ${problem}.`);
    }
  },
});
