export { AiLandingZone } from "./aiLandingZone";
export { requiredTagNames } from "./args";
export type {
  AiLandingZoneArgs,
  LandingZoneFoundryArgs,
  LandingZoneFoundryProjectArgs,
  LandingZoneHubArgs,
  LandingZoneMonitorArgs,
  LandingZoneOperatorAccessArgs,
  LandingZoneSlots,
  LandingZoneTrainingArgs,
} from "./args";
