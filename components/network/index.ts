export * from "./landingZoneNetwork";
