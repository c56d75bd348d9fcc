export * from "./containerRegistry";
export * from "./outboundRules";
export * from "./privateMlWorkspace";
export * from "./workspaceRoles";
export * from "./serving";
export * from "./mlRegistry";
export * from "./registryRoles";
