export * from "./accountDeployments";
export * from "./contentFilter";
export * from "./modelDeployment";
export * from "./openAiAccount";
export * from "./privateOpenAi";
export * from "./privateSearch";
export * from "./privateCosmosDb";
