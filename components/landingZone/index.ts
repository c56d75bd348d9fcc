export { AiLandingZone } from "./aiLandingZone";
export { requiredTagNames } from "./args";
export type {
  AiLandingZoneArgs,
  LandingZoneHubArgs,
  LandingZoneMonitorArgs,
  LandingZoneOperatorAccessArgs,
  LandingZoneSlots,
  LandingZoneTrainingArgs,
} from "./args";
