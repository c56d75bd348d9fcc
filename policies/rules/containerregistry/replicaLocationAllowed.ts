import type { ReplicationArgs } from "@pulumi/azure-native/containerregistry";
import { Props, quoteList, resourceRule, T } from "../../lib";

/** `West Europe` and `westeurope` name the same region. */
const normal = (location: string) => location.toLowerCase().replace(/\s/g, "");

export const acrReplicaLocationAllowed = resourceRule({
  name: "acr-replica-location-allowed",
  description:
    "Container registry replicas store images only in the regions the organisation allows.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["psrule:Azure.ACR.ReplicaLocation"],
  remediationSteps:
    "Set the replication's location to one of allowedLocations, or remove the replica (the list is empty by default: every region is allowed).",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication",
  types: [T.registryReplication],
  config: {
    allowedLocations: {
      type: "array",
      items: { type: "string" },
      default: [] as string[],
      description: "Regions replicas may use (data residency); empty allows every region.",
    },
  },
  validate: (props: Props<ReplicationArgs>, ctx) => {
    const allowed = ctx.config.allowedLocations;
    if (allowed.length === 0) return;
    const location = "location" in props ? String(props.location) : "";
    if (!allowed.map(normal).includes(normal(location))) {
      ctx.report(
        location === ""
          ? `location is not set; set it to one of ${quoteList(allowed)}.`
          : `location is '${location}'; use one of ${quoteList(allowed)}.`,
      );
    }
  },
});
