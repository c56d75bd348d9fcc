import { resourceRule, T } from "../../lib";
import { named, subnetsOf } from "./lib/subnets";

const CIDR = /^\d{1,3}(\.\d{1,3}){3}\/(\d{1,2})$/;

export const bastionSubnetSize = resourceRule({
  name: "bastion-subnet-size",
  description:
    "AzureBastionSubnet is /26 or larger, the size Azure Bastion needs to deploy and to scale beyond its minimum.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["own:bastion-subnet-size"],
  remediationSteps:
    "Give AzureBastionSubnet an addressPrefix of /26 or larger (e.g. 10.42.3.0/26); the subnet must be recreated to grow.",
  url: "https://learn.microsoft.com/azure/bastion/configuration-settings#subnet",
  types: [T.virtualNetwork, T.subnet],
  validate: (props: Record<string, any>, ctx) => {
    for (const ref of subnetsOf(ctx.type, props)) {
      if (!named(ref, ["AzureBastionSubnet"])) continue;
      const prefix = ref.subnet.addressPrefix;
      const match = typeof prefix === "string" ? CIDR.exec(prefix) : null;
      // A subnet given by addressPrefixes (several blocks) or an unparsable value is Azure's to judge.
      if (match === null) continue;
      if (Number(match[2]) > 26) {
        ctx.report(`${ref.where} is ${prefix}; AzureBastionSubnet must be /26 or larger.`);
      }
    }
  },
});
