import * as pulumi from "@pulumi/pulumi";
import type { DiagnosticSettingArgs, InputValidator } from "../common";
import {
  AiFoundry,
  AiGateway,
  AiGatewayArgs,
  AiGatewayBackendArgs,
  PrivateOpenAi,
  validateAiGatewayArgs,
} from "../genai";
import type { Observability } from "../monitoring";
import type { LandingZoneNetwork } from "../network";
import type { Zone } from "./resolve";

/** `enableGateway`: an API Management AI gateway over the zone's AI accounts. */
export function wantsGateway(zone: Zone): boolean {
  return zone.args.enableGateway === true;
}

export interface GatewayDeps {
  network: Pick<LandingZoneNetwork, "genAiSubnetResourceIds">;
  observability: Pick<
    Observability,
    "applicationInsightsResourceId" | "applicationInsightsConnectionString"
  >;
  diagnostics: DiagnosticSettingArgs[];
  foundry: Pick<AiFoundry, "resourceId" | "openAiEndpoint"> | undefined;
  openAi: Pick<PrivateOpenAi, "resourceId" | "endpoint"> | undefined;
}

/** The zone's AI accounts, one backend each, at the same priority. */
function zoneBackends(deps: GatewayDeps): AiGatewayBackendArgs[] {
  const backends: AiGatewayBackendArgs[] = [];
  if (deps.foundry !== undefined)
    backends.push({
      name: "foundry",
      accountResourceId: deps.foundry.resourceId,
      url: pulumi.interpolate`${deps.foundry.openAiEndpoint}openai`,
    });
  if (deps.openAi !== undefined)
    backends.push({
      name: "openai",
      accountResourceId: deps.openAi.resourceId,
      url: pulumi.interpolate`${deps.openAi.endpoint}openai`,
    });
  return backends;
}

export function gatewayArgs(zone: Zone, deps: GatewayDeps): AiGatewayArgs {
  const override = zone.args.gateway;
  return {
    ...zone.common,
    publisherEmail: zone.args.alertEmails?.[0],
    publisherName: zone.args.owner,
    // validate() reports a gateway subnet the network cannot plan (network.genAiSubnets).
    subnetResourceId: deps.network.genAiSubnetResourceIds.apiManagement!,
    backends: zoneBackends(deps),
    applicationInsights: {
      resourceId: deps.observability.applicationInsightsResourceId,
      connectionString: deps.observability.applicationInsightsConnectionString,
    },
    diagnosticSettings: deps.diagnostics,
    protect: zone.protect,
    ...override,
    tags: zone.tagsFor(override?.tags),
  };
}

export function buildGateway(zone: Zone, parent: pulumi.Resource, deps: GatewayDeps): AiGateway {
  return new AiGateway(`${zone.name}-gateway`, gatewayArgs(zone, deps), { parent });
}

/**
 * The publisher is the zone's own `alertEmails[0]` and `owner`, checked there; the backends are
 * the zone's AI accounts, so a gateway with none is reported at `enableGateway`.
 */
export function validateGateway(v: InputValidator, zone: Zone, deps: GatewayDeps): void {
  const derived = zone.args.gateway ?? {};
  const zoneGivesBackends = derived.backends === undefined;
  v.check(
    !zoneGivesBackends || deps.foundry !== undefined || deps.openAi !== undefined,
    "enableGateway",
    "needs an AI account behind it: set enableFoundry or enableOpenAi, or give gateway.backends",
  );
  const paths = (path: string): string | undefined =>
    (path === "publisherEmail" && derived.publisherEmail === undefined) ||
    (path === "publisherName" && derived.publisherName === undefined) ||
    (path === "backends" && zoneGivesBackends)
      ? undefined
      : `gateway.${path}`;
  validateAiGatewayArgs(v.within(paths), gatewayArgs(zone, deps));
}
