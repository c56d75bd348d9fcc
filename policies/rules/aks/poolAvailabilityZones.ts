import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksPoolAvailabilityZones = resourceRule({
  name: "aks-pool-availability-zones",
  description: "AKS node pools spread their nodes across availability zones.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: [
    "azpol:[Preview]: Azure Kubernetes Service Managed Clusters should be Zone Redundant",
    "psrule:Azure.AKS.AvailabilityZone",
    "aprl:4f63619f",
  ],
  remediationSteps:
    "Set availabilityZones to ['1', '2', '3'] on every pool (set at pool creation) in a region with zones.",
  url: "https://learn.microsoft.com/azure/aks/availability-zones",
  types: POOL_TYPES,
  config: {
    minZones: {
      type: "integer",
      minimum: 1,
      maximum: 3,
      default: 2,
      description: "The fewest zones a pool may use (3 where the VM size is offered in all three).",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const min = ctx.config.minZones;
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (!("availabilityZones" in pool)) {
        ctx.report(`${at}availabilityZones must list at least ${min} zones; it is not set.`);
        continue;
      }
      const zones: unknown = pool.availabilityZones;
      if (!Array.isArray(zones)) {
        ctx.report(
          `${at}availabilityZones must list at least ${min} zones; it is ${JSON.stringify(zones)}.`,
        );
      } else if (zones.length < min) {
        ctx.report(
          `${at}availabilityZones must list at least ${min} zones; it lists ${zones.length}.`,
        );
      }
    }
  },
});
