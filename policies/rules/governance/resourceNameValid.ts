import { resourceRule, T } from "../../lib";
import { NAMED_TYPES, namedParts } from "./lib/resourceNames";

/** A naming rule of Azure Resource Manager, in characters allowed and length. */
interface ArmNameRule {
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp;
  /** The rule in words, for messages. */
  readonly allowed: string;
}

/** Names of network resources: letters, digits, `_`, `.` and `-`, starting with a letter or digit, ending with a letter, digit or `_`. */
const network = (min: number, max: number): ArmNameRule => ({
  min,
  max,
  pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
  allowed: `${min}-${max} letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore`,
});

/**
 * Azure's naming rules per resource kind.
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
const RULES: Readonly<Record<string, ArmNameRule>> = {
  storageAccount: {
    min: 3,
    max: 24,
    pattern: /^[a-z0-9]+$/,
    allowed: "3-24 lowercase letters or digits",
  },
  keyVault: {
    min: 3,
    max: 24,
    pattern: /^[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed:
      "3-24 letters, digits or hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens",
  },
  key: {
    min: 1,
    max: 127,
    pattern: /^[A-Za-z0-9-]+$/,
    allowed: "1-127 letters, digits or hyphens",
  },
  secret: {
    min: 1,
    max: 127,
    pattern: /^[A-Za-z0-9-]+$/,
    allowed: "1-127 letters, digits or hyphens",
  },
  registry: { min: 5, max: 50, pattern: /^[A-Za-z0-9]+$/, allowed: "5-50 letters or digits" },
  networkSecurityGroup: network(1, 80),
  virtualNetwork: network(2, 64),
  subnet: network(1, 80),
  publicIpAddress: network(1, 80),
  routeTable: network(1, 80),
  privateEndpoint: network(2, 64),
  appInsights: {
    min: 1,
    max: 255,
    pattern: /^[A-Za-z0-9._\-()]*[A-Za-z0-9_\-()]$/,
    allowed:
      "1-255 letters, digits, periods, underscores, hyphens or parentheses, not ending with a period",
  },
  logAnalyticsWorkspace: {
    min: 4,
    max: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "4-63 letters, digits or hyphens, starting and ending with a letter or digit",
  },
  userAssignedIdentity: {
    min: 3,
    max: 128,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    allowed: "3-128 letters, digits, hyphens or underscores, starting with a letter or digit",
  },
};

/** A public IP's DNS label becomes `<label>.<region>.cloudapp.azure.com`. */
const DNS_LABEL: ArmNameRule = {
  min: 3,
  max: 63,
  pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
  allowed:
    "3-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
};

function problem(rule: ArmNameRule, name: string): boolean {
  return name.length < rule.min || name.length > rule.max || !rule.pattern.test(name);
}

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
      const rule = RULES[part.kind];
      if (problem(rule, part.name)) {
        ctx.report(`${part.path} '${part.name}' breaks Azure's naming rules; use ${rule.allowed}.`);
      }
    }
    if (ctx.type === T.publicIpAddress && "dnsSettings" in props) {
      const dns = props.dnsSettings ?? {};
      if ("domainNameLabel" in dns) {
        const label = String(dns.domainNameLabel);
        if (problem(DNS_LABEL, label)) {
          ctx.report(
            `dnsSettings.domainNameLabel '${label}' breaks Azure's naming rules; use ${DNS_LABEL.allowed}.`,
          );
        }
      }
    }
  },
});
