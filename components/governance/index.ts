export * from "./governanceBaseline";
export type {
  GovernanceScopeKind,
  PackEnforcementLevel,
  PlannedAssignment,
  PolicyPackConfig,
  PolicyPackConfigEntry,
  SkippedPolicy,
} from "./assignmentPlan";
export type { DefenderPlanName } from "./defenderPlans";
