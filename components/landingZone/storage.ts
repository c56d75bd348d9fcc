import type * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs } from "../common";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey } from "../security";
import { CmkStorageAccount, CmkStorageAccountArgs } from "../storage";
import type { Zone } from "./resolve";

export interface StorageDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  encryptionKey: Pick<EncryptionKey, "customerManagedKey">;
  diagnostics: DiagnosticSettingArgs[];
}

export function storageArgs(zone: Zone, deps: StorageDeps): CmkStorageAccountArgs {
  const override = zone.args.storage;
  return {
    ...zone.common,
    customerManagedKey: deps.encryptionKey.customerManagedKey,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildStorage(
  zone: Zone,
  parent: pulumi.Resource,
  deps: StorageDeps,
): CmkStorageAccount {
  return new CmkStorageAccount(`${zone.name}-data`, storageArgs(zone, deps), { parent });
}
