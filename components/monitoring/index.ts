export * from "./monitoringWorkspace";
export * from "./actionGroup";
export * from "./alertRules";
export * from "./observability";
