import { meetsNameRule, NAME_RULES } from "../../facts/nameRules";
import { resourceRule, T } from "../../lib";
import { NAMED_TYPES, namedParts } from "./lib/resourceNames";

export const resourceNameValid = resourceRule({
  name: "resource-name-valid",
  description:
    "Resource names meet Azure Resource Manager's naming rules, so a deployment does not fail on them.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: [
    "checkov:CKV_AZURE_43",
    "psrule:Azure.Storage.Name",
    "psrule:Azure.KeyVault.Name",
    "psrule:Azure.KeyVault.KeyName",
    "psrule:Azure.KeyVault.SecretName",
    "psrule:Azure.ACR.Name",
    "psrule:Azure.NSG.Name",
    "psrule:Azure.VNET.Name",
    "psrule:Azure.VNET.SubnetName",
    "psrule:Azure.PublicIP.Name",
    "psrule:Azure.PublicIP.DNSLabel",
    "psrule:Azure.Route.Name",
    "psrule:Azure.PrivateEndpoint.Name",
    "psrule:Azure.AppInsights.Name",
    "psrule:Azure.Log.Name",
    "psrule:Azure.Identity.UserAssignedName",
  ],
  remediationSteps:
    "Rename the resource within the characters and length the message lists (renaming replaces the resource).",
  url: "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules",
  types: NAMED_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const part of namedParts(ctx.type, props)) {
      const rule = NAME_RULES[part.rule];
      if (!meetsNameRule(rule, part.name)) {
        ctx.report(`${part.path} '${part.name}' breaks Azure's naming rules; use ${rule.allowed}.`);
      }
    }
    if (ctx.type === T.publicIpAddress && "dnsSettings" in props) {
      const dns = props.dnsSettings ?? {};
      if ("domainNameLabel" in dns) {
        const label = String(dns.domainNameLabel);
        if (!meetsNameRule(NAME_RULES.publicIpDnsLabel, label)) {
          ctx.report(
            `dnsSettings.domainNameLabel '${label}' breaks Azure's naming rules; use ${NAME_RULES.publicIpDnsLabel.allowed}.`,
          );
        }
      }
    }
  },
});
