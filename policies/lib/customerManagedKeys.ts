/**
 * Judging a customer-managed key reference: a vault URI, a key name, a key identifier
 * (`https://<vault>.vault.azure.net/keys/<key>[/<version>]`), and whether the vault it names is in
 * the stack with purge protection, which Azure requires of every CMK vault.
 */
import type { PolicyResource } from "@pulumi/policy";
import { meetsNameRule, NAME_RULES } from "../facts/nameRules";
import { peek, UNRESOLVED } from "./props";
import { ofType } from "./stack";
import { T } from "./types";

/**
 * Key Vault and Managed HSM hosts in Azure's public and sovereign clouds, after a vault name
 * (3-24 letters, digits and hyphens, starting with a letter).
 */
const VAULT_HOST =
  /^([a-z][a-z0-9-]{1,22}[a-z0-9])\.(vault\.azure\.net|vault\.azure\.cn|vault\.usgovcloudapi\.net|managedhsm\.azure\.net|managedhsm\.azure\.cn|managedhsm\.usgovcloudapi\.net)(:443)?$/i;
const KEY_VERSION = /^[0-9a-f]{32}$/i;
const VAULT_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/(vaults|managedHSMs)\/([^/]+)$/i;

/** What a key reference names, or what is wrong with it (a message fragment). */
export type Parsed<V> = { readonly value: V } | { readonly problem: string };

/** The vault name in a vault URI (`https://<vault>.vault.azure.net/`). */
export function parseVaultUri(uri: unknown): Parsed<string> {
  if (typeof uri !== "string" || uri === "") return { problem: "it is not set" };
  const match = /^https:\/\/([^/]+)\/?$/i.exec(uri);
  const host = match === null ? null : VAULT_HOST.exec(match[1]);
  if (host === null) {
    return { problem: `it is '${uri}', not a vault URI such as https://<vault>.vault.azure.net/` };
  }
  return { value: host[1].toLowerCase() };
}

/** A key name: 1-127 letters, digits and hyphens. */
export function keyNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name === "") return "it is not set";
  return meetsNameRule(NAME_RULES.key, name)
    ? undefined
    : `it is '${name}', not a key name (letters, digits, hyphens)`;
}

/** A key identifier's parts. */
export interface KeyIdentifier {
  readonly vaultName: string;
  readonly keyName: string;
  /** The pinned version, when the identifier has one. */
  readonly version?: string;
}

/** Parses `https://<vault>.vault.azure.net/keys/<key>[/<version>]`. */
export function parseKeyIdentifier(id: unknown): Parsed<KeyIdentifier> {
  if (typeof id !== "string" || id === "") return { problem: "it is not set" };
  const match = /^https:\/\/([^/]+)\/keys\/([^/]+)(?:\/([^/]*))?\/?$/i.exec(id);
  const host = match === null ? null : VAULT_HOST.exec(match[1]);
  if (match === null || host === null || !meetsNameRule(NAME_RULES.key, match[2])) {
    return {
      problem: `it is '${id}', not a key identifier such as https://<vault>.vault.azure.net/keys/<key>`,
    };
  }
  const version = match[3];
  if (version !== undefined && version !== "" && !KEY_VERSION.test(version)) {
    return { problem: `it is '${id}', whose version '${version}' is not a key version` };
  }
  return {
    value: {
      vaultName: host[1].toLowerCase(),
      keyName: match[2],
      version: version === "" ? undefined : version,
    },
  };
}

/** The vault name in a `Microsoft.KeyVault/vaults` resource ID. */
export function parseVaultId(id: unknown): Parsed<string> {
  if (typeof id !== "string" || id === "") return { problem: "it is not set" };
  const match = VAULT_ID.exec(id);
  return match === null
    ? { problem: `it is '${id}', not a Microsoft.KeyVault/vaults resource ID` }
    : { value: match[2].toLowerCase() };
}

/**
 * The stack's key vaults by lower-case name. A vault whose name is unknown at preview is left out:
 * it cannot be matched to a key reference.
 */
export function vaultsByName(resources: readonly PolicyResource[]): Map<string, PolicyResource> {
  const vaults = new Map<string, PolicyResource>();
  for (const vault of ofType(resources, [T.vault])) {
    const name = peek(() => (vault.props.vaultName as unknown) ?? vault.name);
    if (typeof name === "string") vaults.set(name.toLowerCase(), vault);
  }
  return vaults;
}

/**
 * Whether the vault has purge protection: true, false, or undefined while its `properties`
 * (one wrapped Output in azure-native) is unknown at preview.
 */
export function hasPurgeProtection(vault: PolicyResource): boolean | undefined {
  const enabled = peek(() => vault.props.properties?.enablePurgeProtection as unknown);
  return enabled === UNRESOLVED ? undefined : enabled === true;
}

/**
 * Reports each resource of `type` whose key (the vault name `vaultOf` reads, undefined when the
 * reference is unknown or not a key) lives in a vault of the stack without purge protection.
 */
export function reportKeysInUnprotectedVaults(
  resources: readonly PolicyResource[],
  type: string,
  at: string,
  vaultOf: (props: Record<string, any>) => string | undefined,
  report: (message: string, resource: PolicyResource) => void,
): void {
  const vaults = vaultsByName(resources);
  for (const resource of ofType(resources, [type])) {
    const name = peek(() => vaultOf(resource.props));
    if (typeof name !== "string") continue;
    const vault = vaults.get(name);
    if (vault === undefined || hasPurgeProtection(vault) !== false) continue;
    report(
      `${at} names a key in the vault '${name}' ('${vault.name}' in this stack), which has no purge protection; set properties.enablePurgeProtection to true on the vault.`,
      resource,
    );
  }
}
