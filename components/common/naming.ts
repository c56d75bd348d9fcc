import {
  NAME_RULES,
  NameRule as AzureNameRule,
  NameRuleKind,
  meetsNameRule,
} from "../../policies/facts/nameRules";
import { shortHash } from "./hash";

/**
 * A resource the components give a default name: Azure's naming rule (`policies/facts/nameRules.ts`,
 * shared with the policy pack) and the prefix the default name starts with.
 */
export interface NameRule extends AzureNameRule {
  /**
   * The default name's prefix: the Cloud Adoption Framework abbreviation where it has one.
   * https://learn.microsoft.com/azure/cloud-adoption-framework/ready/azure-best-practices/resource-abbreviations
   */
  readonly prefix: string;
  /** Whether the default name must drop hyphens (storage, registries). */
  readonly alphanumericOnly?: boolean;
  /** Hex characters of the uniqueness hash. @default 6 for names of at most 24 characters, else 8 */
  readonly hashLength?: number;
}

export const nameRules = {
  virtualNetwork: { ...NAME_RULES.virtualNetwork, prefix: "vnet" },
  subnet: { ...NAME_RULES.subnet, prefix: "snet" },
  networkSecurityGroup: { ...NAME_RULES.networkSecurityGroup, prefix: "nsg" },
  privateEndpoint: { ...NAME_RULES.privateEndpoint, prefix: "pep" },
  keyVault: { ...NAME_RULES.keyVault, prefix: "kv" },
  key: { ...NAME_RULES.key, prefix: "cmk" },
  userAssignedIdentity: { ...NAME_RULES.userAssignedIdentity, prefix: "id" },
  storageAccount: { ...NAME_RULES.storageAccount, prefix: "st", alphanumericOnly: true },
  containerRegistry: { ...NAME_RULES.containerRegistry, prefix: "cr", alphanumericOnly: true },
  logAnalyticsWorkspace: { ...NAME_RULES.logAnalyticsWorkspace, prefix: "log" },
  applicationInsights: { ...NAME_RULES.applicationInsights, prefix: "appi" },
  mlWorkspace: { ...NAME_RULES.mlWorkspace, prefix: "mlw" },
  mlOnlineEndpoint: { ...NAME_RULES.mlOnlineEndpoint, prefix: "ep", hashLength: 6 },
  aksCluster: { ...NAME_RULES.aksCluster, prefix: "aks" },
  diskEncryptionSet: { ...NAME_RULES.diskEncryptionSet, prefix: "des" },
  cognitiveServicesAccount: { ...NAME_RULES.cognitiveServicesAccount, prefix: "oai" },
} satisfies Record<string, NameRule>;

/** The kinds `defaultName` can name. */
export type NameKind = keyof typeof nameRules;

/**
 * Why `value` is not a valid name of this kind, or `undefined` when it is: `"<value>" is not
 * <what>: use <the rule in words>`.
 *
 * @param what how the message calls the name, e.g. "a valid compute name".
 */
export function nameProblem(
  kind: NameRuleKind,
  value: string,
  what = "a valid name",
): string | undefined {
  const rule: AzureNameRule = NAME_RULES[kind];
  return meetsNameRule(rule, value) ? undefined : `"${value}" is not ${what}: use ${rule.allowed}`;
}

/**
 * The default physical name for a child: `<prefix>-<base>[-<suffix>]`, fitted to the kind's
 * rules. Storage and registries drop hyphens and lowercase; every kind is trimmed to its maximum
 * length, keeping the suffix, which carries the uniqueness.
 *
 * @param base the component's logical name, as the caller wrote it.
 * @param uniqueParts when given, a short hash of them is appended, for globally unique names.
 */
export function defaultName(kind: NameKind, base: string, uniqueParts?: readonly string[]): string {
  const rule: NameRule = nameRules[kind];
  const hashLength = rule.hashLength ?? (rule.max <= 24 ? 6 : 8);
  const suffix = uniqueParts ? shortHash(uniqueParts, hashLength) : "";
  const separator = rule.alphanumericOnly ? "" : "-";
  const clean = rule.alphanumericOnly
    ? base.toLowerCase().replace(/[^a-z0-9]/g, "")
    : base
        .replace(/[^A-Za-z0-9-]/g, "-")
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
  const fixed =
    rule.prefix.length + separator.length + (suffix ? separator.length + suffix.length : 0);
  const room = Math.max(0, rule.max - fixed);
  const middle = clean.slice(0, room).replace(/-+$/, "");
  return [rule.prefix, middle, suffix].filter((part) => part !== "").join(separator);
}

/**
 * The default name of an Azure ML compute: the component's name, cleaned, starting with a letter
 * and cut to 16 characters. Computes are unique within their workspace only, so no hash.
 */
export function defaultComputeName(componentName: string): string {
  const clean = componentName.replace(/[^A-Za-z0-9-]/g, "-").replace(/-+/g, "-");
  const lettered = /^[A-Za-z]/.test(clean) ? clean : `c${clean}`;
  const cut = lettered.slice(0, 16).replace(/-+$/, "");
  return cut.length >= 2 ? cut : `${cut}-c`.slice(0, 16);
}
