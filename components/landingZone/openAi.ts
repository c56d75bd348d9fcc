import type * as pulumi from "@pulumi/pulumi";
import { validatePrivateOpenAiArgs } from "../genai/privateOpenAi";
import type { DiagnosticSettingArgs, InputValidator } from "../common";
import { PrivateOpenAi, PrivateOpenAiArgs } from "../genai";
import type { LandingZoneNetwork } from "../network";
import { EncryptionKey, EncryptionKeyArgs, KeyVault, validateEncryptionKeyArgs } from "../security";
import { vaultKeyType } from "./keyVault";
import type { Zone } from "./resolve";

/** `enableOpenAi`: a private, Entra-only Azure OpenAI account with the AI services key. */
export function wantsOpenAi(zone: Zone): boolean {
  return zone.args.enableOpenAi === true;
}

export interface OpenAiKeyDeps {
  keyVault: Pick<KeyVault, "resourceId" | "skuName">;
}

/**
 * Azure AI services accept only 2048-bit RSA keys: the accounts get a key of their own. Same
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

/** The 2048-bit key of the zone's AI services accounts: Azure OpenAI and AI Foundry. */
export function wantsAiServicesKey(zone: Zone): boolean {
  return wantsOpenAi(zone) || zone.args.enableFoundry === true;
}

/** Named for the Azure OpenAI account it first encrypted; AI Foundry shares it. */
export function buildOpenAiKey(
  zone: Zone,
  parent: pulumi.Resource,
  deps: OpenAiKeyDeps,
): EncryptionKey {
  return new EncryptionKey(`${zone.name}-openai-cmk`, openAiKeyArgs(zone, deps), { parent });
}

export function buildOpenAi(zone: Zone, parent: pulumi.Resource, deps: OpenAiDeps): PrivateOpenAi {
  return new PrivateOpenAi(`${zone.name}-openai`, openAiArgs(zone, deps), { parent });
}

/** The AI services key takes the zone key's type and rotation, so its problems are reported there. */
export function validateOpenAiKey(v: InputValidator, zone: Zone, deps: OpenAiKeyDeps): void {
  validateEncryptionKeyArgs(v.within("encryptionKey"), openAiKeyArgs(zone, deps));
}

export function validateOpenAi(v: InputValidator, zone: Zone, deps: OpenAiDeps): void {
  validatePrivateOpenAiArgs(v.within("openAi"), openAiArgs(zone, deps));
}
