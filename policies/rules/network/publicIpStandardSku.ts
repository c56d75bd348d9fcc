import type { PublicIPAddressArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";

export const publicIpStandardSku = resourceRule({
  name: "public-ip-standard-sku",
  description:
    "Public IP addresses use the Standard SKU; the Basic SKU is retired and lacks zones and secure-by-default inbound rules.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.PublicIP.StandardSKU", "psrule:Azure.PublicIP.MigrateStandard"],
  remediationSteps: "Set sku.name to 'Standard' (with publicIPAllocationMethod 'Static').",
  url: "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-basic-upgrade-guidance",
  types: [T.publicIpAddress],
  validate: (props: Props<PublicIPAddressArgs>, ctx) => {
    if (!("sku" in props) || !("name" in (props.sku ?? {}))) {
      ctx.report(
        "sku.name is not set, so older API versions create a Basic address; set it to 'Standard'.",
      );
    } else if (props.sku?.name !== "Standard") {
      ctx.report(`sku.name is '${String(props.sku?.name)}'; set it to 'Standard'.`);
    }
  },
});
