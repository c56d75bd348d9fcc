export * from "./landingZoneNetwork";
export { cidrProblem, parseCidr, usableAddresses } from "./cidr";
