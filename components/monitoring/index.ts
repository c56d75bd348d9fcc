export * from "./monitoringWorkspace";
export * from "./actionGroup";
export * from "./alertRules";
export * from "./observability";
export * from "./budgetPeriod";
export * from "./costGuardrails";
