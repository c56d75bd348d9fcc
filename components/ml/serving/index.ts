// The public surface of the serving components. Internals (retry helpers, the ARM client, the
// traffic functions) stay importable from their own modules for tests and tools.
export { AuthenticatedEndpoint, endpointLogCategories } from "./authenticatedEndpoint";
export type {
  AuthenticatedEndpointArgs,
  EndpointAuthMode,
  EndpointIdentityRoleArgs,
  OnlineEndpointTarget,
} from "./authenticatedEndpoint";
export { BlueGreenDeployment } from "./blueGreenDeployment";
export type { BlueGreenDeploymentArgs } from "./blueGreenDeployment";
export type { SlotArgs, SlotKey, SlotProbeArgs, SlotScaleArgs } from "./slots";
export { EndpointTraffic } from "./endpointTraffic";
export type { EndpointTrafficArgs } from "./endpointTraffic";
export { createEndpointTrafficProvider } from "./trafficProvider";
export type { EndpointTrafficProps, EndpointTrafficProviderOptions } from "./trafficProvider";
export type { ArmConnection, TokenCredential } from "./armClient";
export type { RetryTiming } from "./retry";
