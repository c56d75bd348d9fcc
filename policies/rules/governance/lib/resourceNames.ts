/**
 * Where each resource type keeps its name in the azure-native v3 inputs, shared by the naming
 * policies. Not a policy. Inline subnets of a VNet are named in `subnets[].name`.
 */
import type { NameRuleKind } from "../../../facts/nameRules";
import { peek, skipUnknown, T, TYPE_GROUPS, UNRESOLVED } from "../../../lib";

/** One named thing of a resource: what it is, where its name sits, and the name. */
export interface NamedPart {
  /** A key of `NAME_INPUTS`, e.g. `subnet`. */
  readonly kind: string;
  /** The naming rule it follows. */
  readonly rule: NameRuleKind;
  /** The input path, for messages: `accountName`, `subnets[0].name`. */
  readonly path: string;
  readonly name: string;
}

/** Where one kind of name sits, and which of Azure's naming rules (`facts/nameRules.ts`) it follows. */
export interface NameInput {
  readonly types: readonly string[];
  readonly input: string;
  readonly rule: NameRuleKind;
}

/**
 * Resource types and the input that holds their name, by the kind the naming policies (and the
 * naming-convention parameter) call them.
 */
export const NAME_INPUTS: Readonly<Record<string, NameInput>> = {
  storageAccount: { types: [T.storageAccount], input: "accountName", rule: "storageAccount" },
  keyVault: { types: [T.vault], input: "vaultName", rule: "keyVault" },
  key: { types: [T.key], input: "keyName", rule: "key" },
  secret: { types: [T.secret], input: "secretName", rule: "secret" },
  registry: { types: [T.registry], input: "registryName", rule: "containerRegistry" },
  networkSecurityGroup: {
    types: [T.networkSecurityGroup],
    input: "networkSecurityGroupName",
    rule: "networkSecurityGroup",
  },
  virtualNetwork: {
    types: [T.virtualNetwork],
    input: "virtualNetworkName",
    rule: "virtualNetwork",
  },
  subnet: { types: [T.subnet], input: "subnetName", rule: "subnet" },
  publicIpAddress: {
    types: [T.publicIpAddress],
    input: "publicIpAddressName",
    rule: "publicIpAddress",
  },
  routeTable: { types: [T.routeTable], input: "routeTableName", rule: "routeTable" },
  privateEndpoint: {
    types: [T.privateEndpoint],
    input: "privateEndpointName",
    rule: "privateEndpoint",
  },
  appInsights: {
    types: TYPE_GROUPS.appInsights,
    input: "resourceName",
    rule: "applicationInsights",
  },
  logAnalyticsWorkspace: {
    types: [T.logAnalyticsWorkspace],
    input: "workspaceName",
    rule: "logAnalyticsWorkspace",
  },
  userAssignedIdentity: {
    types: [T.userAssignedIdentity],
    input: "resourceName",
    rule: "userAssignedIdentity",
  },
};

/** Every type token that has a name input in `NAME_INPUTS`. */
export const NAMED_TYPES: readonly string[] = Object.values(NAME_INPUTS).flatMap((n) => n.types);

/**
 * The names a resource sets in its inputs: its own (when given; Pulumi otherwise auto-names it)
 * and, for a VNet, its inline subnets'. A name unknown at preview skips the policy.
 */
export function namedParts(type: string, props: Record<string, any>): NamedPart[] {
  const parts: NamedPart[] = [];
  for (const [kind, { types, input, rule }] of Object.entries(NAME_INPUTS)) {
    if (!types.includes(type) || !(input in props)) continue;
    const name = peek(() => props[input] as unknown);
    if (name === UNRESOLVED) skipUnknown(() => props[input]);
    parts.push({ kind, rule, path: input, name: String(name) });
  }
  if (type === T.virtualNetwork && "subnets" in props) {
    (props.subnets ?? []).forEach((subnet: Record<string, any>, i: number) => {
      if ("name" in subnet)
        parts.push({
          kind: "subnet",
          rule: "subnet",
          path: `subnets[${i}].name`,
          name: String(subnet.name),
        });
    });
  }
  return parts;
}
