export * from "./egressFirewall";
export * from "./hubPeering";
export * from "./bastion";
export * from "./jumpBox";
export * from "./buildAgents";
export * from "./virtualHubConnection";
