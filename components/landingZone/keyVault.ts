import type * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs } from "../common";
import type { LandingZoneNetwork } from "../network";
import { EncryptionKey, EncryptionKeyArgs, KeyVault, KeyVaultArgs } from "../security";
import type { Zone } from "./resolve";

export interface KeyVaultDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  diagnostics: DiagnosticSettingArgs[];
}

export function keyVaultArgs(zone: Zone, deps: KeyVaultDeps): KeyVaultArgs {
  const override = zone.args.keyVault;
  return {
    ...zone.common,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildKeyVault(zone: Zone, parent: pulumi.Resource, deps: KeyVaultDeps): KeyVault {
  return new KeyVault(`${zone.name}-kv`, keyVaultArgs(zone, deps), { parent });
}

export interface EncryptionKeyDeps {
  keyVault: Pick<KeyVault, "resourceId" | "skuName">;
}

/** A standard vault holds software-protected keys only. */
export function vaultKeyType(keyVault: Pick<KeyVault, "skuName">): "RSA" | "RSA-HSM" {
  return keyVault.skuName === "standard" ? "RSA" : "RSA-HSM";
}

export function encryptionKeyArgs(zone: Zone, deps: EncryptionKeyDeps): EncryptionKeyArgs {
  const override = zone.args.encryptionKey;
  return {
    ...zone.common,
    keyVaultResourceId: deps.keyVault.resourceId,
    keyType: vaultKeyType(deps.keyVault),
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildEncryptionKey(
  zone: Zone,
  parent: pulumi.Resource,
  deps: EncryptionKeyDeps,
): EncryptionKey {
  return new EncryptionKey(`${zone.name}-cmk`, encryptionKeyArgs(zone, deps), { parent });
}
