import { shortHash } from "./hash";

/**
 * Azure's naming rules for the resources the landing zone creates, with the Cloud Adoption
 * Framework abbreviation used as the default prefix.
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * https://learn.microsoft.com/azure/cloud-adoption-framework/ready/azure-best-practices/resource-abbreviations
 */
interface NameRule {
  /** CAF abbreviation used as the default prefix. */
  prefix: string;
  min: number;
  max: number;
  pattern: RegExp;
  /** The rule in words, for error messages. */
  allowed: string;
  /** Whether the default name must drop hyphens (storage, registries). */
  alphanumericOnly?: boolean;
}

export const nameRules = {
  virtualNetwork: {
    prefix: "vnet",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_]$/,
    allowed:
      "2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
  },
  subnet: {
    prefix: "snet",
    min: 1,
    max: 80,
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
    allowed:
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
  },
  networkSecurityGroup: {
    prefix: "nsg",
    min: 1,
    max: 80,
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
    allowed:
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
  },
  privateEndpoint: {
    prefix: "pep",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_]$/,
    allowed:
      "2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
  },
  keyVault: {
    prefix: "kv",
    min: 3,
    max: 24,
    pattern: /^[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed:
      "3-24 letters, digits or hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens",
  },
  key: {
    prefix: "cmk",
    min: 1,
    max: 127,
    pattern: /^[A-Za-z0-9-]+$/,
    allowed: "1-127 letters, digits or hyphens",
  },
  userAssignedIdentity: {
    prefix: "id",
    min: 3,
    max: 128,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    allowed: "3-128 letters, digits, hyphens or underscores, starting with a letter or digit",
  },
  storageAccount: {
    prefix: "st",
    min: 3,
    max: 24,
    pattern: /^[a-z0-9]+$/,
    allowed: "3-24 lowercase letters or digits",
    alphanumericOnly: true,
  },
  containerRegistry: {
    prefix: "cr",
    min: 5,
    max: 50,
    pattern: /^[A-Za-z0-9]+$/,
    allowed: "5-50 letters or digits",
    alphanumericOnly: true,
  },
  logAnalyticsWorkspace: {
    prefix: "log",
    min: 4,
    max: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "4-63 letters, digits or hyphens, starting and ending with a letter or digit",
  },
  applicationInsights: {
    prefix: "appi",
    min: 1,
    max: 260,
    pattern: /^[^%&\\?/]+$/,
    allowed: "1-260 characters without % & \\ ? /",
  },
  mlWorkspace: {
    prefix: "mlw",
    min: 3,
    max: 33,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    allowed: "3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
  },
  aksCluster: {
    prefix: "aks",
    min: 1,
    max: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]$|^[A-Za-z0-9]$/,
    allowed:
      "1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit",
  },
  diskEncryptionSet: {
    prefix: "des",
    min: 1,
    max: 80,
    pattern: /^[A-Za-z0-9_-]+$/,
    allowed: "1-80 letters, digits, hyphens or underscores",
  },
  cognitiveServicesAccount: {
    prefix: "oai",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "2-64 letters, digits or hyphens, starting and ending with a letter or digit",
  },
  aiFoundryAccount: {
    prefix: "aif",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "2-64 letters, digits or hyphens, starting and ending with a letter or digit",
  },
  aiFoundryProject: {
    prefix: "proj",
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]$/,
    allowed:
      "2-64 letters, digits, underscores, periods or hyphens, starting and ending with a letter or digit",
  },
  searchService: {
    prefix: "srch",
    min: 2,
    max: 60,
    pattern: /^[a-z0-9](?!.*--)[a-z0-9-]*[a-z0-9]$/,
    allowed:
      "2-60 lowercase letters, digits or hyphens, starting and ending with a letter or digit, without consecutive hyphens",
  },
  cosmosDbAccount: {
    prefix: "cosmos",
    min: 3,
    max: 44,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
    allowed: "3-44 lowercase letters, digits or hyphens, starting and ending with a letter or digit",
  },
  apiManagement: {
    prefix: "apim",
    min: 1,
    max: 50,
    pattern: /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/,
    allowed:
      "1-50 letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  },
} satisfies Record<string, NameRule>;

export type NameKind = keyof typeof nameRules;

/** Why `value` is not a valid name of this kind, or `undefined` when it is. */
export function nameProblem(kind: NameKind, value: string): string | undefined {
  const rule: NameRule = nameRules[kind];
  if (value.length >= rule.min && value.length <= rule.max && rule.pattern.test(value)) {
    return undefined;
  }
  return `"${value}" is not a valid name: use ${rule.allowed}`;
}

/**
 * The default physical name for a child: `<CAF prefix>-<base>[-<suffix>]`, fitted to the kind's
 * rules. Storage and registries drop hyphens and lowercase; every kind is trimmed to its maximum
 * length, keeping the suffix, which carries the uniqueness.
 *
 * @param base the component's logical name, as the caller wrote it.
 * @param uniqueParts when given, a short hash of them is appended, for globally unique names.
 */
export function defaultName(kind: NameKind, base: string, uniqueParts?: readonly string[]): string {
  const rule: NameRule = nameRules[kind];
  const suffix = uniqueParts ? shortHash(uniqueParts, rule.max <= 24 ? 6 : 8) : "";
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
