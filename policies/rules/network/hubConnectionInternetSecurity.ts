import { resourceRule, shown, T } from "../../lib";

export const hubConnectionInternetSecurity = resourceRule({
  name: "hub-connection-internet-security",
  description:
    "Virtual WAN hub connections enable internet security, so the secured hub's firewall filters the spoke's Internet traffic through the default route it propagates.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:hub-connection-internet-security", "mcsb:NS-1"],
  remediationSteps:
    "Set enableInternetSecurity: true on the hub virtual network connection (VirtualHubConnection does by default).",
  url: "https://learn.microsoft.com/azure/firewall-manager/secure-cloud-network#connect-the-hub-and-spoke-virtual-networks",
  types: [T.hubVirtualNetworkConnection],
  validate: (props: Record<string, any>, ctx) => {
    const value = props.enableInternetSecurity;
    if (value !== true) {
      ctx.report(
        `enableInternetSecurity is ${value === undefined || value === null ? "not set" : shown(value)}; set it to true.`,
      );
    }
  },
});
