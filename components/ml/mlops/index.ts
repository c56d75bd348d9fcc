export * from "./cron";
export * from "./dataCollection";
export * from "./modelMonitor";
export * from "./monitorSignals";
export * from "./trainingCluster";
export * from "./vmSizes";
export * from "./workspaceReference";
export * from "./retrainingSchedule";
