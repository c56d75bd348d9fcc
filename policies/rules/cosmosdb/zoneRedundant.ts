import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, T } from "../../lib";

export const cosmosZoneRedundant = resourceRule({
  name: "cosmos-zone-redundant",
  description: "Cosmos DB accounts spread every region's replicas across availability zones.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: [
    "psrule:Azure.Cosmos.AvailabilityZone",
    "azpol:[Preview]: Cosmos Database Accounts should be Zone Redundant",
  ],
  remediationSteps: "Set isZoneRedundant to true on every entry of locations.",
  url: "https://learn.microsoft.com/azure/reliability/reliability-cosmos-db-nosql",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    const locations: { locationName?: unknown; isZoneRedundant?: unknown }[] =
      props.locations ?? [];
    locations.forEach((location, i) => {
      if (location.isZoneRedundant !== true) {
        ctx.report(
          `locations[${i}] ('${String(location.locationName)}') is not zone redundant; set isZoneRedundant to true.`,
        );
      }
    });
  },
});
