import { resourceRule } from "../../lib";
import { NAME_INPUTS, namedParts } from "./lib/resourceNames";

/** Subnets whose names Azure fixes, which no convention can change. */
const FIXED_SUBNETS = [
  "gatewaysubnet",
  "azurebastionsubnet",
  "azurefirewallsubnet",
  "azurefirewallmanagementsubnet",
  "routeserversubnet",
];

/** The kinds with a naming-convention parameter, and the types that carry them. */
const KINDS = [
  "storageAccount",
  "registry",
  "networkSecurityGroup",
  "virtualNetwork",
  "subnet",
  "publicIpAddress",
  "routeTable",
  "appInsights",
  "logAnalyticsWorkspace",
];
const TYPES = [
  ...new Set(KINDS.flatMap((k) => NAME_INPUTS[k].types)),
  // Inline subnets are named inside the VNet.
  ...NAME_INPUTS.virtualNetwork.types,
].filter((t, i, all) => all.indexOf(t) === i);

export const resourceNameFormat = resourceRule({
  name: "resource-name-format",
  description:
    "Resource names follow the organisation's naming convention, by default the Cloud Adoption Framework abbreviations.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: [
    "psrule:Azure.Storage.Naming",
    "psrule:Azure.ACR.Naming",
    "psrule:Azure.NSG.Naming",
    "psrule:Azure.VNET.Naming",
    "psrule:Azure.VNET.SubnetNaming",
    "psrule:Azure.PublicIP.Naming",
    "psrule:Azure.Route.Naming",
    "psrule:Azure.AppInsights.Naming",
    "psrule:Azure.Log.Naming",
  ],
  remediationSteps:
    "Rename the resource to match the convention (renaming replaces it), or set the policy's formats parameter to your own patterns ('' turns a kind off).",
  url: "https://learn.microsoft.com/azure/cloud-adoption-framework/ready/azure-best-practices/resource-abbreviations",
  types: TYPES,
  config: {
    formats: {
      type: "object",
      additionalProperties: { type: "string" },
      default: {
        storageAccount: "^(st|stvm|dls)",
        registry: "^cr",
        networkSecurityGroup: "^nsg-",
        virtualNetwork: "^vnet-",
        subnet: "^snet-",
        publicIpAddress: "^pip-",
        routeTable: "^rt-",
        appInsights: "^appi-",
        logAnalyticsWorkspace: "^log-",
      },
      description:
        "A regular expression (case-sensitive) each kind's names must match; a kind left out or set to '' is not checked.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const formats: Record<string, string> = ctx.config.formats;
    for (const part of namedParts(ctx.type, props)) {
      const format = formats[part.kind];
      if (!KINDS.includes(part.kind) || !format) continue;
      if (part.kind === "subnet" && FIXED_SUBNETS.includes(part.name.toLowerCase())) continue;
      if (!new RegExp(format).test(part.name)) {
        ctx.report(
          `${part.path} '${part.name}' does not match the naming convention /${format}/; rename it.`,
        );
      }
    }
  },
});
