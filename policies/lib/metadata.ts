/**
 * Rule metadata: WAF pillars, the seed's design principles, severities and how they turn into the
 * SDK's policy fields (`tags`, `framework`) and the default enforcement level.
 */
import type { EnforcementLevel, Severity } from "@pulumi/policy";

export type { EnforcementLevel, Severity };

/** The five Well-Architected pillars, as used in `waf:<pillar>` tags. */
export const PILLARS = [
  "security",
  "reliability",
  "cost-optimization",
  "operational-excellence",
  "performance-efficiency",
] as const;
export type Pillar = (typeof PILLARS)[number];

/** One design principle from the pillar tables of the WAF-for-AI seed text. */
export interface Principle {
  readonly pillar: Pillar;
  /** The principle exactly as the seed's table names it (bold text, without trailing period). */
  readonly title: string;
}

/**
 * Every principle of the seed's five pillar tables, keyed by the slug used in `principle:<slug>`.
 * The convention spec checks the titles against the copy of those tables in
 * `test/fixtures/wafDesignPrinciples.ts`.
 */
export const PRINCIPLES = {
  "mitigate-single-points-of-failure": {
    pillar: "reliability",
    title: "Mitigate single points of failure",
  },
  "conduct-failure-mode-analysis": {
    pillar: "reliability",
    title: "Conduct failure mode analysis",
  },
  "balance-reliability-objectives": {
    pillar: "reliability",
    title: "Balance reliability objectives",
  },
  "design-for-operational-reliability": {
    pillar: "reliability",
    title: "Design for operational reliability",
  },
  "design-for-a-reliable-user-experience": {
    pillar: "reliability",
    title: "Design for a reliable user experience",
  },
  "earn-user-trust": { pillar: "security", title: "Earn user trust" },
  "protect-data-at-rest-in-transit-and-in-use": {
    pillar: "security",
    title:
      "Protect data at rest, in transit, and in use, according to the sensitivity requirements of the workload",
  },
  "invest-in-robust-access-management": {
    pillar: "security",
    title:
      "Invest in robust access management for identities (user and system) that access the system",
  },
  "protect-design-integrity-with-segmentation": {
    pillar: "security",
    title: "Protect the integrity of the design by implementing segmentation",
  },
  "conduct-security-testing": { pillar: "security", title: "Conduct security testing" },
  "reduce-the-attack-surface": {
    pillar: "security",
    title: "Reduce the attack surface by enforcing strict user access and API design",
  },
  "determine-cost-drivers-through-cost-modeling": {
    pillar: "cost-optimization",
    title: "Determine cost drivers through cost modeling",
  },
  "pay-for-what-you-intend-to-use": {
    pillar: "cost-optimization",
    title: "Pay for what you intend to use",
  },
  "use-what-you-pay-for": {
    pillar: "cost-optimization",
    title: "Use what you pay for. Minimize waste",
  },
  "optimize-operational-costs": {
    pillar: "cost-optimization",
    title: "Optimize operational costs",
  },
  "foster-continuous-learning-and-experimentation": {
    pillar: "operational-excellence",
    title: "Foster a continuous learning and experimentation mindset",
  },
  "minimize-operational-burden": {
    pillar: "operational-excellence",
    title: "Choose technologies that minimize operational burden",
  },
  "automated-monitoring-and-alerting": {
    pillar: "operational-excellence",
    title: "Create automated monitoring and alerting systems",
  },
  "automate-model-decay-detection": {
    pillar: "operational-excellence",
    title: "Automate the detection and mitigation of model decay",
  },
  "implement-safe-deployments": {
    pillar: "operational-excellence",
    title: "Implement safe deployments",
  },
  "evaluate-user-experience-in-production": {
    pillar: "operational-excellence",
    title: "Continuously evaluate the user experience in production",
  },
  "establish-performance-benchmarks": {
    pillar: "performance-efficiency",
    title: "Establish performance benchmarks",
  },
  "evaluate-resource-needs": {
    pillar: "performance-efficiency",
    title: "Evaluate resource needs to meet performance targets",
  },
  "collect-and-analyze-performance-metrics": {
    pillar: "performance-efficiency",
    title: "Collect and analyze performance metrics; identify bottlenecks",
  },
  "continuously-improve-benchmark-performance": {
    pillar: "performance-efficiency",
    title: "Continuously improve benchmark performance",
  },
} as const satisfies Record<string, Principle>;
export type PrincipleSlug = keyof typeof PRINCIPLES;

/**
 * Anchor tag prefixes: where a check also exists. `checkov:CKV_AZURE_59`, `trivy:AZU-0008`,
 * `azpol:<Azure Policy built-in display name>`, `psrule:Azure.Storage.SecureTransfer`,
 * `aprl:<first 8 chars of the APRL guid>`, `mcsb:NS-2`, or `own:<source>` when no scanner has it.
 */
export const ANCHOR_PREFIXES = [
  "checkov",
  "trivy",
  "azpol",
  "psrule",
  "aprl",
  "mcsb",
  "own",
] as const;

/** What every rule declares about itself, besides its logic. */
export interface RuleMetadata {
  /** Kebab-case `<resource>-<condition>`, unique in the pack; never `all`. */
  readonly name: string;
  /** One sentence stating the required state (shown first in every violation). */
  readonly description: string;
  readonly severity: Severity;
  /** The WAF pillar the rule serves (tag `waf:<pillar>`). */
  readonly pillar: Pillar;
  /** The seed principle the rule enforces (tag `principle:<slug>`); must belong to `pillar`. */
  readonly principle: PrincipleSlug;
  /** Anchor tags, e.g. `checkov:CKV_AZURE_59`, `azpol:Storage accounts should disable public network access`. */
  readonly anchors: readonly string[];
  /** How to fix a violation, in the user's (azure-native input) terms. */
  readonly remediationSteps: string;
  /** Documentation page explaining the setting. */
  readonly url: string;
  /**
   * Overrides the default enforcement level.
   * @default "mandatory" for critical/high security rules, "advisory" otherwise
   */
  readonly enforcementLevel?: EnforcementLevel;
  /**
   * Whether a config exemption may waive this rule for a resource. Set to false for rules whose
   * exception would defeat the control (anonymous access, local keys on AI services, ...).
   * @default true
   */
  readonly exemptible?: boolean;
}

/** The default level: mandatory for critical/high security rules, advisory otherwise. */
export function defaultEnforcementLevel(
  meta: Pick<RuleMetadata, "severity" | "pillar">,
): EnforcementLevel {
  return meta.pillar === "security" && (meta.severity === "critical" || meta.severity === "high")
    ? "mandatory"
    : "advisory";
}

/** The SDK `tags` of a rule: pillar, principle, then anchors. */
export function ruleTags(meta: RuleMetadata): string[] {
  return [`waf:${meta.pillar}`, `principle:${meta.principle}`, ...meta.anchors];
}
