/**
 * Azure's naming rules for the resources this project names or judges: length, characters and
 * the rule in words, for messages.
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
export interface NameRule {
  readonly min: number;
  readonly max: number;
  readonly pattern: RegExp;
  /** The rule in words, for messages. */
  readonly allowed: string;
}

/** Network resources: letters, digits, `_`, `.` and `-`, starting with a letter or digit, ending with a letter, digit or `_`. */
function networkName(min: number, max: number): NameRule {
  return {
    min,
    max,
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
    allowed: `${min}-${max} letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore`,
  };
}

/** Key Vault keys and secrets. */
const vaultItemName: NameRule = {
  min: 1,
  max: 127,
  pattern: /^[A-Za-z0-9-]+$/,
  allowed: "1-127 letters, digits or hyphens",
};

/**
 * Azure ML online endpoints and their deployments. Endpoint names are unique per region, because
 * they form the scoring host name `<endpoint>.<region>.inference.ml.azure.com`.
 */
const onlineName: NameRule = {
  min: 3,
  max: 32,
  pattern: /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/,
  allowed:
    "3-32 letters, digits or hyphens, starting with a letter and ending with a letter or digit",
};

/** Azure ML workspaces and registries. */
const mlName: NameRule = {
  min: 3,
  max: 33,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
  allowed: "3-33 letters, digits, hyphens or underscores, starting with a letter or digit",
};

/** Host names: letters, digits and hyphens, no periods or underscores. */
const linuxHostName: NameRule = {
  min: 1,
  max: 64,
  pattern: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/,
  allowed: "1-64 letters, digits or hyphens, starting and ending with a letter or digit",
};

/** Cognitive Services accounts (Azure OpenAI, AI services, AI Foundry). */
const cognitiveAccountName: NameRule = {
  min: 2,
  max: 64,
  pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
  allowed: "2-64 letters, digits or hyphens, starting and ending with a letter or digit",
};

export const NAME_RULES = {
  virtualNetwork: networkName(2, 64),
  subnet: networkName(1, 80),
  networkSecurityGroup: networkName(1, 80),
  privateEndpoint: networkName(2, 64),
  publicIpAddress: networkName(1, 80),
  routeTable: networkName(1, 80),
  azureFirewall: networkName(1, 56),
  firewallPolicy: networkName(1, 80),
  bastionHost: networkName(1, 80),
  networkInterface: networkName(1, 80),
  /** Linux VMs; the name is also the host name. */
  virtualMachine: linuxHostName,
  /** Linux scale sets; instance host names take the name as their prefix. */
  virtualMachineScaleSet: linuxHostName,
  /** A public IP's DNS label, which becomes `<label>.<region>.cloudapp.azure.com`. */
  publicIpDnsLabel: {
    min: 3,
    max: 63,
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    allowed:
      "3-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  },
  keyVault: {
    min: 3,
    max: 24,
    pattern: /^[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed:
      "3-24 letters, digits or hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens",
  },
  key: vaultItemName,
  secret: vaultItemName,
  userAssignedIdentity: {
    min: 3,
    max: 128,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    allowed: "3-128 letters, digits, hyphens or underscores, starting with a letter or digit",
  },
  storageAccount: {
    min: 3,
    max: 24,
    pattern: /^[a-z0-9]+$/,
    allowed: "3-24 lowercase letters or digits",
  },
  containerRegistry: {
    min: 5,
    max: 50,
    pattern: /^[A-Za-z0-9]+$/,
    allowed: "5-50 letters or digits",
  },
  logAnalyticsWorkspace: {
    min: 4,
    max: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    allowed: "4-63 letters, digits or hyphens, starting and ending with a letter or digit",
  },
  /**
   * Stricter than Resource Manager's own rule (1-260 characters without `%&\?/`), as PSRule's
   * Azure.AppInsights.Name is: a name within it is valid everywhere the component is used.
   */
  applicationInsights: {
    min: 1,
    max: 255,
    pattern: /^[A-Za-z0-9._\-()]*[A-Za-z0-9_\-()]$/,
    allowed:
      "1-255 letters, digits, periods, underscores, hyphens or parentheses, not ending with a period",
  },
  mlWorkspace: mlName,
  /** Azure ML registries: named as workspaces are. */
  mlRegistry: mlName,
  /** Azure ML compute clusters and attached computes; unique within their workspace. */
  mlCompute: {
    min: 2,
    max: 16,
    pattern: /^[A-Za-z][A-Za-z0-9-]{1,15}$/,
    allowed: "2-16 letters, digits or hyphens, starting with a letter",
  },
  mlOnlineEndpoint: onlineName,
  mlOnlineDeployment: onlineName,
  /** Azure ML schedules (retraining jobs, model monitors). */
  mlSchedule: {
    min: 1,
    max: 255,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/,
    allowed: "1-255 letters, digits, hyphens or underscores, starting with a letter or digit",
  },
  aksCluster: {
    min: 1,
    max: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]$|^[A-Za-z0-9]$/,
    allowed:
      "1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit",
  },
  diskEncryptionSet: {
    min: 1,
    max: 80,
    pattern: /^[A-Za-z0-9_-]+$/,
    allowed: "1-80 letters, digits, hyphens or underscores",
  },
  cognitiveServicesAccount: cognitiveAccountName,
  /** An AI Foundry (AIServices) account: a Cognitive Services account. */
  aiFoundryAccount: cognitiveAccountName,
  aiFoundryProject: {
    min: 2,
    max: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]$/,
    allowed:
      "2-64 letters, digits, underscores, periods or hyphens, starting and ending with a letter or digit",
  },
  searchService: {
    min: 2,
    max: 60,
    pattern: /^[a-z0-9](?!.*--)[a-z0-9-]*[a-z0-9]$/,
    allowed:
      "2-60 lowercase letters, digits or hyphens, starting and ending with a letter or digit, without consecutive hyphens",
  },
  cosmosDbAccount: {
    min: 3,
    max: 44,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
    allowed:
      "3-44 lowercase letters, digits or hyphens, starting and ending with a letter or digit",
  },
  apiManagement: {
    min: 1,
    max: 50,
    pattern: /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/,
    allowed:
      "1-50 letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  },
} as const satisfies Record<string, NameRule>;

export type NameRuleKind = keyof typeof NAME_RULES;

/** Whether `name` meets `rule`. */
export function meetsNameRule(rule: NameRule, name: string): boolean {
  return name.length >= rule.min && name.length <= rule.max && rule.pattern.test(name);
}
