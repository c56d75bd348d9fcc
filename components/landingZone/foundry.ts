import type * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs, InputValidator } from "../common";
import {
  AiFoundry,
  AiFoundryArgs,
  FoundryProjectArgs,
  PrivateCosmosDb,
  PrivateSearch,
  validateAiFoundryArgs,
} from "../genai";
import type { LandingZoneNetwork } from "../network";
import type { EncryptionKey } from "../security";
import type { CmkStorageAccount } from "../storage";
import type { LandingZoneFoundryProjectArgs } from "./args";
import type { Zone } from "./resolve";

/** `enableFoundry`: an AI Foundry account with projects and the Agent Service. */
export function wantsFoundry(zone: Zone): boolean {
  return zone.args.enableFoundry === true;
}

export interface FoundryDeps {
  network: Pick<LandingZoneNetwork, "privateEndpoint" | "genAiSubnetResourceIds">;
  /** The zone's 2048-bit AI services key (`openAiKey`). */
  openAiKey: Pick<EncryptionKey, "customerManagedKey">;
  diagnostics: DiagnosticSettingArgs[];
  /** Where the projects' agents keep files, vector stores and threads by default. */
  storage: Pick<CmkStorageAccount, "resourceId">;
  search: Pick<PrivateSearch, "resourceId"> | undefined;
  cosmos: Pick<PrivateCosmosDb, "resourceId"> | undefined;
}

/** One project; with the zone's Search and Cosmos DB, it runs agents on the zone's stores. */
function defaultProjects(deps: FoundryDeps): LandingZoneFoundryProjectArgs[] {
  return deps.search !== undefined && deps.cosmos !== undefined
    ? [{ name: "main", agents: {} }]
    : [{ name: "main" }];
}

/** A project's agent stores: each one it names, else the zone's. */
function withZoneStores(project: LandingZoneFoundryProjectArgs, deps: FoundryDeps) {
  const { agents, ...rest } = project;
  if (agents === undefined) return rest as FoundryProjectArgs;
  return {
    ...rest,
    agents: {
      storageAccountResourceId: deps.storage.resourceId,
      searchServiceResourceId: deps.search?.resourceId,
      cosmosDbAccountResourceId: deps.cosmos?.resourceId,
      ...agents,
    },
  } as FoundryProjectArgs; // a store neither given nor enabled is reported by validateProjects
}

export function foundryArgs(zone: Zone, deps: FoundryDeps): AiFoundryArgs {
  const override = zone.args.foundry;
  return {
    ...zone.common,
    customerManagedKey: deps.openAiKey.customerManagedKey,
    agentSubnetResourceId: deps.network.genAiSubnetResourceIds.agents,
    privateEndpoint: deps.network.privateEndpoint,
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    projects: (override?.projects ?? defaultProjects(deps)).map((p) => withZoneStores(p, deps)),
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildFoundry(zone: Zone, parent: pulumi.Resource, deps: FoundryDeps): AiFoundry {
  return new AiFoundry(`${zone.name}-foundry`, foundryArgs(zone, deps), { parent });
}

export function validateFoundry(v: InputValidator, zone: Zone, deps: FoundryDeps): void {
  validateAiFoundryArgs(v.within("foundry"), foundryArgs(zone, deps));
}
