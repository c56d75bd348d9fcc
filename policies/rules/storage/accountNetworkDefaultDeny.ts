import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { peek, Props, resourceRule, skipUnknown, T, UNRESOLVED } from "../../lib";

export const storageAccountNetworkDefaultDeny = resourceRule({
  name: "storage-account-network-default-deny",
  description: "Storage account firewalls deny traffic that no network rule allows.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: [
    "checkov:CKV_AZURE_35",
    "trivy:AZU-0012",
    "azpol:Storage accounts should restrict network access",
    "psrule:Azure.Storage.Firewall",
    "mcsb:NS-2",
  ],
  remediationSteps:
    "Set networkRuleSet.defaultAction to 'Deny' (keep bypass 'AzureServices' for trusted services), or disable public network access.",
  url: "https://learn.microsoft.com/azure/storage/common/storage-network-security",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    // With public access disabled the firewall is moot: decide without reading networkRuleSet,
    // which azure-native wraps whole and is often unknown at preview.
    const access = peek(() => props.publicNetworkAccess);
    if (access === "Disabled") return;
    const hasRules = "networkRuleSet" in props;
    const action = hasRules ? props.networkRuleSet?.defaultAction : undefined;
    if (action === "Deny") return;
    // Public access may still turn out to be disabled: undecidable until it is known.
    if (access === UNRESOLVED) skipUnknown(() => props.publicNetworkAccess);
    ctx.report(
      hasRules
        ? `networkRuleSet.defaultAction is '${String(action)}'; set it to 'Deny'.`
        : "networkRuleSet is not set, so the default action is 'Allow'; set networkRuleSet.defaultAction to 'Deny'.",
    );
  },
});
