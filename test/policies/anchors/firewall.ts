import { T } from "../../../policies/lib";
import type { AnchorCase } from "./anchorCase";

const classicFirewall = (threatIntelMode: string) => ({
  type: T.azureFirewall,
  props: {
    resourceGroupName: "rg-hub",
    sku: { name: "AZFW_VNet", tier: "Standard" },
    threatIntelMode,
  },
});
const policy = (changes: Record<string, unknown>) => ({
  type: T.firewallPolicy,
  props: {
    resourceGroupName: "rg-hub",
    sku: { tier: "Premium" },
    threatIntelMode: "Deny",
    intrusionDetection: { mode: "Deny" },
    ...changes,
  },
});

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_216",
    policy: "firewall-policy-threat-intel-deny",
    resource: classicFirewall("Alert"),
  },
  {
    anchor: "psrule:Azure.Firewall.Mode",
    policy: "firewall-policy-threat-intel-deny",
    resource: classicFirewall("Off"),
  },
  {
    anchor: "psrule:Azure.Firewall.PolicyMode",
    policy: "firewall-policy-threat-intel-deny",
    resource: policy({ threatIntelMode: "Alert" }),
  },
  {
    anchor: "checkov:CKV_AZURE_220",
    policy: "firewall-policy-idps-deny",
    resource: policy({ intrusionDetection: { mode: "Alert" } }),
  },
];
