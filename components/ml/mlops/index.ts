export * from "./cron";
export * from "./dataCollection";
export * from "./trainingCluster";
export * from "./vmSizes";
export * from "./workspaceReference";
