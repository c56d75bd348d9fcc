import type { PublicIPAddressArgs } from "@pulumi/azure-native/network";
import { Props, quoteList, resourceRule, T } from "../../lib";

const ALL_ZONES = ["1", "2", "3"];

export const publicIpZoneRedundant = resourceRule({
  name: "public-ip-zone-redundant",
  description: "Standard public IP addresses are zone-redundant (zones 1, 2 and 3).",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["psrule:Azure.PublicIP.AvailabilityZone"],
  remediationSteps:
    "Set zones to ['1', '2', '3'] (zones cannot be changed later: recreate the address), or list the region in regionsWithoutZones.",
  url: "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses#availability-zone",
  types: [T.publicIpAddress],
  config: {
    regionsWithoutZones: {
      type: "array",
      items: { type: "string" },
      default: [] as string[],
      description:
        "Regions (as in location) that have no availability zones, where the rule does not apply.",
    },
  },
  validate: (props: Props<PublicIPAddressArgs>, ctx) => {
    if (props.sku?.name !== "Standard") return;
    // Bastion hosts take the address as it is; PSRule exempts them by the same tag.
    if ("tags" in props && props.tags?.["resource-usage"] === "azure-bastion") return;
    const zoneless = ctx.config.regionsWithoutZones.map((r) => r.toLowerCase().replace(/\s/g, ""));
    if (zoneless.length > 0 && "location" in props) {
      if (zoneless.includes(String(props.location).toLowerCase().replace(/\s/g, ""))) return;
    }
    const zones = "zones" in props ? (props.zones ?? []).map(String) : [];
    if (!ALL_ZONES.every((z) => zones.includes(z))) {
      ctx.report(
        zones.length === 0
          ? "zones is not set, so the address lives in no particular zone; set zones to ['1', '2', '3']."
          : `zones is [${quoteList(zones)}]; set it to ['1', '2', '3'].`,
      );
    }
  },
});
