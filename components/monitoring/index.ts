export * from "./monitoringWorkspace";
