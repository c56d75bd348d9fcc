export * from "./armClient";
export * from "./endpointTraffic";
export * from "./retry";
export * from "./trafficProvider";
export * from "./trafficShift";
