import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { peek, Props, resourceRule, skipUnknown, T, UNRESOLVED } from "../../lib";

export const storageAccountTrustedServicesBypass = resourceRule({
  name: "storage-account-trusted-services-bypass",
  description:
    "Storage account firewalls let trusted Azure services through, as Azure Machine Learning and Defender need.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: [
    "checkov:CKV_AZURE_36",
    "trivy:AZU-0010",
    "azpol:Storage accounts should allow access from trusted Microsoft services",
  ],
  remediationSteps:
    "Set networkRuleSet.bypass to 'AzureServices' (it can be combined: 'AzureServices, Logging, Metrics').",
  url: "https://learn.microsoft.com/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services",
  types: [T.storageAccount],
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    // Only a firewall that denies by default can lock trusted services out.
    if (!("networkRuleSet" in props)) return;
    const rules = props.networkRuleSet;
    if (rules?.defaultAction !== "Deny") return;
    const bypass = peek(() => ("bypass" in rules ? String(rules.bypass) : "AzureServices"));
    if (bypass === UNRESOLVED) skipUnknown(() => rules.bypass);
    const entries = String(bypass)
      .split(",")
      .map((b) => b.trim());
    if (!entries.includes("AzureServices")) {
      ctx.report(`networkRuleSet.bypass is '${String(bypass)}'; include 'AzureServices'.`);
    }
  },
});
