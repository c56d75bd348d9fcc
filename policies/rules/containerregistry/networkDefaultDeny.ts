import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const acrNetworkDefaultDeny = resourceRule({
  name: "acr-network-default-deny",
  description: "Container registries with public access deny traffic that no network rule allows.",
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "azpol:Container registries should not allow unrestricted network access",
    "psrule:Azure.ACR.Firewall",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set publicNetworkAccess to 'Disabled', or set networkRuleSet.defaultAction to 'Deny' with ipRules for the allowed ranges.",
  url: "https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks",
  types: [T.registry],
  validate: (props: Props<RegistryArgs>, ctx) => {
    // Public access disabled decides on its own: networkRuleSet (wrapped whole by azure-native,
    // so often unknown at preview) is then never consulted, and never read.
    if (props.publicNetworkAccess === "Disabled") return;
    if (!("networkRuleSet" in props)) {
      ctx.report(
        "networkRuleSet.defaultAction must be 'Deny'; networkRuleSet is not set, so every network is allowed.",
      );
      return;
    }
    const action = props.networkRuleSet?.defaultAction;
    if (action !== "Deny") {
      ctx.report(`networkRuleSet.defaultAction must be 'Deny'; it is '${String(action)}'.`);
    }
  },
});
