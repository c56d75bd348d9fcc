import type * as pulumi from "@pulumi/pulumi";
import { DiagnosticSettingArgs, InputValidator, plain } from "../common";
import { PrivateCosmosDb, PrivateCosmosDbArgs, validatePrivateCosmosDbArgs } from "../genai";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey } from "../security";
import type { Zone } from "./resolve";

/** `enableCosmos`: a private, Entra-only Cosmos DB account for agent threads. */
export function wantsCosmos(zone: Zone): boolean {
  return zone.args.enableCosmos === true;
}

export interface CosmosDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  /** The zone's key: Cosmos DB takes 3072-bit keys, unlike the AI services. */
  encryptionKey: Pick<EncryptionKey, "customerManagedKey">;
  diagnostics: DiagnosticSettingArgs[];
}

export function cosmosArgs(zone: Zone, deps: CosmosDeps): PrivateCosmosDbArgs {
  const override = zone.args.cosmos;
  return {
    resourceGroupName: zone.common.resourceGroupName,
    // validate() requires a plain location with enableCosmos: Cosmos DB lists regions by name.
    location: plain(zone.common.location) ?? "",
    customerManagedKey: deps.encryptionKey.customerManagedKey,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildCosmos(
  zone: Zone,
  parent: pulumi.Resource,
  deps: CosmosDeps,
): PrivateCosmosDb {
  return new PrivateCosmosDb(`${zone.name}-cosmos`, cosmosArgs(zone, deps), { parent });
}

/**
 * The account's region is the zone's unless overridden: a problem with it is reported at the
 * zone's `location`, and a missing one by validateZoneArgs alone.
 */
export function validateCosmos(v: InputValidator, zone: Zone, deps: CosmosDeps): void {
  const fromZone = zone.args.cosmos?.location === undefined;
  const known = plain(zone.common.location) !== undefined;
  const paths = (path: string): string | undefined =>
    path === "location" && fromZone ? (known ? "location" : undefined) : `cosmos.${path}`;
  validatePrivateCosmosDbArgs(v.within(paths), cosmosArgs(zone, deps));
}
