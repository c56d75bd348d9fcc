/**
 * Public classes of the library that are not components and so have no place in a component
 * package, each with the reason. Every other class `components/index.ts` exports is served.
 * (A module of its own, without imports, so that specs read it without loading the components.)
 */
export const NOT_IN_SCHEMA: Readonly<Record<string, string>> = {
  EndpointTraffic:
    "a custom resource backed by a Node.js dynamic provider, not a component; other languages " +
    "get its effect through BlueGreenDeployment, which creates one",
};
