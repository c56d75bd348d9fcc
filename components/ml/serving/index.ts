// The serving module for the other components, as every area has one; the library's public API
// is the curated list in components/index.ts, so this file does not keep a second one.
export * from "./authenticatedEndpoint";
export * from "./blueGreenDeployment";
export * from "./slots";
export * from "./endpointTraffic";
export * from "./trafficProvider";
export * from "./armClient";
export * from "./retry";
