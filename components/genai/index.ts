export * from "./contentFilter";
export * from "./modelDeployment";
export * from "./privateOpenAi";
