/**
 * The cost-allocation tag keys: what the pack's `required-tags` asks of every taggable resource
 * by default and what `CostGuardrails` validates. `AiLandingZone` adds `WORKLOAD_TAG_KEY`.
 */
export const COST_TAG_KEYS = ["cost-center", "owner", "environment"] as const;

/** The tag naming the workload a resource serves; `AiLandingZone` sets it on every child. */
export const WORKLOAD_TAG_KEY = "workload";
