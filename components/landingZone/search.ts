import type * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs, InputValidator } from "../common";
import { PrivateSearch, PrivateSearchArgs, validatePrivateSearchArgs } from "../genai";
import type { LandingZoneNetwork } from "../network";
import type { Zone } from "./resolve";

/** `enableSearch`: a private, Entra-only AI Search service. */
export function wantsSearch(zone: Zone): boolean {
  return zone.args.enableSearch === true;
}

export interface SearchDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint">;
  diagnostics: DiagnosticSettingArgs[];
}

export function searchArgs(zone: Zone, deps: SearchDeps): PrivateSearchArgs {
  const override = zone.args.search;
  return {
    ...zone.common,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildSearch(zone: Zone, parent: pulumi.Resource, deps: SearchDeps): PrivateSearch {
  return new PrivateSearch(`${zone.name}-search`, searchArgs(zone, deps), { parent });
}

export function validateSearch(v: InputValidator, zone: Zone, deps: SearchDeps): void {
  validatePrivateSearchArgs(v.within("search"), searchArgs(zone, deps));
}
