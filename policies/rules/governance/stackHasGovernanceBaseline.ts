import { AZURE_POLICY_EQUIVALENTS } from "../../facts/azurePolicyEquivalents";
import {
  ofType,
  peek,
  PRODUCTION_STACK_TAGS,
  stackRule,
  stackTagsMatch,
  T,
  UNRESOLVED,
} from "../../lib";

/** Every definition ID the pack has an equivalent for, lower case. */
const EQUIVALENT_IDS = new Set(
  Object.values(AZURE_POLICY_EQUIVALENTS).flatMap((e) =>
    e.definitions.map((d) => d.definitionId.toLowerCase()),
  ),
);

/** The GUID at the end of a policy definition ID, or undefined when it is not known yet. */
function definitionGuid(id: unknown): string | undefined {
  if (typeof id !== "string") return undefined;
  return /\/policyDefinitions\/([^/]+)$/i.exec(id)?.[1]?.toLowerCase();
}

export const stackHasGovernanceBaseline = stackRule<{
  whenStackTags: Record<string, string[]>;
}>({
  name: "stack-has-governance-baseline",
  description:
    "Production stacks assign the Azure Policy equivalents of the pack, so what the pack checks at deployment stays true afterwards.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["mcsb:PV-2", "own:issue 20 (run-time enforcement generated from the pack)"],
  remediationSteps:
    "Add a GovernanceBaseline (AiLandingZone's `governance` option, on by default for environment 'prod'), or assign the definitions of docs/enforcement.md at a scope above the stack and disable this policy for it.",
  url: "https://learn.microsoft.com/azure/governance/policy/overview",
  types: [T.policyAssignment],
  config: {
    whenStackTags: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" } },
      default: PRODUCTION_STACK_TAGS as Record<string, string[]>,
      description: "Stack tags (key to values) that mark the stacks this policy checks.",
    },
  },
  validate: (resources, ctx) => {
    if (!stackTagsMatch(ctx.config.whenStackTags, ctx.stackTags)) return;
    if (!resources.some((r) => r.type.startsWith("azure-native:"))) return;
    const assignments = ofType(resources, [T.policyAssignment]);
    // An ID still unknown at preview counts: only a known, foreign definition does not.
    const mirrors = assignments.some((a) => {
      const id = peek(() => a.props.policyDefinitionId as unknown);
      if (id === UNRESOLVED) return true;
      const guid = definitionGuid(id);
      return guid !== undefined && EQUIVALENT_IDS.has(guid);
    });
    if (!mirrors) {
      ctx.report(
        `The stack assigns none of the pack's ${EQUIVALENT_IDS.size} Azure Policy equivalents; add a GovernanceBaseline so drift after deployment is denied or reported.`,
      );
    }
  },
});
