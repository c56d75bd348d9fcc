import type * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs } from "../common";
import { PrivateOpenAi, PrivateOpenAiArgs } from "../genai";
import type { LandingZoneNetwork } from "../network";
import { EncryptionKey, EncryptionKeyArgs, KeyVault } from "../security";
import { vaultKeyType } from "./keyVault";
import type { Zone } from "./resolve";

/** `enableOpenAi`: a private, Entra-only Azure OpenAI account with a key of its own. */
export function wantsOpenAi(zone: Zone): boolean {
  return zone.args.enableOpenAi === true;
}

export interface OpenAiKeyDeps {
  keyVault: Pick<KeyVault, "resourceId" | "skuName">;
}

/**
 * Azure AI services accept only 2048-bit RSA keys: the account gets a key of its own. Same
 * vault, key type and rotation as the zone's key; its own name and identity.
 */
export function openAiKeyArgs(zone: Zone, deps: OpenAiKeyDeps): EncryptionKeyArgs {
  const zoneKey = zone.args.encryptionKey;
  return {
    ...zone.common,
    keyVaultResourceId: deps.keyVault.resourceId,
    keyType: zoneKey?.keyType ?? vaultKeyType(deps.keyVault),
    rotateAfter: zoneKey?.rotateAfter,
    expiresAfter: zoneKey?.expiresAfter,
    keySize: 2048,
    protect: zone.protect,
    tags: zone.tagsFor(zoneKey?.tags),
  };
}

export interface OpenAiDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  openAiKey: Pick<EncryptionKey, "customerManagedKey">;
  diagnostics: DiagnosticSettingArgs[];
}

export function openAiArgs(zone: Zone, deps: OpenAiDeps): PrivateOpenAiArgs {
  const override = zone.args.openAi;
  return {
    ...zone.common,
    customerManagedKey: deps.openAiKey.customerManagedKey,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildOpenAi(
  zone: Zone,
  parent: pulumi.Resource,
  deps: OpenAiKeyDeps & Omit<OpenAiDeps, "openAiKey">,
): { openAi: PrivateOpenAi; openAiKey: EncryptionKey } {
  const openAiKey = new EncryptionKey(`${zone.name}-openai-cmk`, openAiKeyArgs(zone, deps), {
    parent,
  });
  const openAi = new PrivateOpenAi(
    `${zone.name}-openai`,
    openAiArgs(zone, { ...deps, openAiKey }),
    {
      parent,
    },
  );
  return { openAi, openAiKey };
}
