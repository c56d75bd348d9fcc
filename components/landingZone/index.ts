export { AiLandingZone } from "./aiLandingZone";
export { requiredTagNames } from "./args";
export type { AiLandingZoneArgs, LandingZoneMonitorArgs, LandingZoneSlots } from "./args";
