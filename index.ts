/**
 * The reference AI landing zone, configured from stack config alone: every key, its default and
 * what it does are listed in Pulumi.yaml. `npm start` previews it offline with the policy pack.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as resources from "@pulumi/azure-native/resources";
import {
  afterResource,
  AiLandingZone,
  LandingZoneHubArgs,
  LandingZoneOperatorAccessArgs,
  PrivateDnsArgs,
} from "./components";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "dev";
const location = config.get("location") ?? "swedencentral";
const name = `ailz-${environment}`;
const costCenter = config.get("costCenter") ?? "ai-platform";
const owner = config.get("owner") ?? "platform-team";
const workload = config.get("workload") ?? "ai-landing-zone";

/** The private DNS mode of the network: `create`, `bring` (hub zones by ID) or `policyManaged`. */
function privateDns(): PrivateDnsArgs {
  const mode = config.get("dnsMode") ?? "create";
  if (mode === "create" || mode === "policyManaged") return { mode };
  if (mode === "bring") {
    return { mode, zoneResourceIds: config.requireObject<Record<string, string>>("dnsZoneIds") };
  }
  throw new Error(`ai-landing-zone:dnsMode is "${mode}": use create, bring or policyManaged`);
}

/**
 * Egress and peering: `none`, `create` (a hub with Azure Firewall here), `bring` (a platform hub)
 * or `virtualWan` (a connection to a platform team's secured virtual hub).
 */
function hub(): LandingZoneHubArgs {
  const mode = config.get("hubMode") ?? "none";
  const addressSpace = config.get("hubAddressSpace") || undefined;
  if (mode === "none") return { mode };
  if (mode === "create") {
    const tier = config.get("hubFirewallTier") ?? "Premium";
    if (tier !== "Premium" && tier !== "Standard") {
      throw new Error(`ai-landing-zone:hubFirewallTier is "${tier}": use Premium or Standard`);
    }
    return {
      mode,
      firewall: { addressPrefixes: addressSpace ? [addressSpace] : undefined, tier },
    };
  }
  if (mode === "bring") {
    return {
      mode,
      firewallPrivateIpAddress: config.require("hubFirewallIp"),
      virtualNetworkResourceId: config.get("hubVnetId") || undefined,
      addressPrefixes: addressSpace ? [addressSpace] : undefined,
    };
  }
  if (mode === "virtualWan") {
    return {
      mode,
      virtualHubResourceId: config.require("virtualHubId"),
      firewallPrivateIpAddress: config.get("hubFirewallIp") || undefined,
    };
  }
  throw new Error(`ai-landing-zone:hubMode is "${mode}": use none, create, bring or virtualWan`);
}

/** Bastion and a jump box (and build agents) when an administrator key is given. */
function operatorAccess(): LandingZoneOperatorAccessArgs | undefined {
  const adminSshPublicKey = config.get("operatorSshKey");
  if (!adminSshPublicKey) return undefined;
  return {
    adminSshPublicKey,
    bastion: { enableTunneling: config.getBoolean("bastionTunneling") ?? false },
    enableBuildAgents: config.getBoolean("enableBuildAgents") ?? false,
  };
}

const hubArgs = hub();
const resourceGroupName = `rg-${name}`;
const group = new resources.ResourceGroup("group", {
  resourceGroupName,
  location,
  tags: { "cost-center": costCenter, owner, environment, workload },
});

const servingEnvironment = config.get("servingEnvironment") ?? "azureml:sklearn-serving:1";
const enableAks = config.getBoolean("enableAks") ?? false;
const baseline = config.get("monitorBaseline");
const trainingPipeline = config.get("trainingPipelineComponentId");
const trainingData = config.get("trainingDataUri");
const breachHandler = config.get("retrainingHandlerId");

/**
 * Governance after deployment: on by default for prod, with the pack config the stack is
 * previewed with (the same file as `--policy-pack-config`), so both enforce the same.
 */
const governed =
  config.getBoolean("governance") ?? ["prod", "production"].includes(environment.toLowerCase());
const packConfigFile = config.get("policyPackConfig");
const defenderPlans = config.getBoolean("defenderPlans") ?? false;
const governance = governed
  ? {
      policyConfig: packConfigFile
        ? JSON.parse(fs.readFileSync(path.resolve(__dirname, packConfigFile), "utf8"))
        : undefined,
      defenderPlans: defenderPlans
        ? { subscriptionId: authorization.getClientConfigOutput().subscriptionId }
        : undefined,
    }
  : undefined;

const zone = new AiLandingZone(name, {
  // The group's known name, with a dependency on it, keeps composed IDs known during preview.
  resourceGroupName: afterResource(group, resourceGroupName),
  location,
  environment,
  costCenter,
  owner,
  workload,
  alertEmails: [config.get("alertEmail") ?? "ai-platform@example.com"],
  budgetAmount: config.getNumber("budgetAmount") ?? 1000,
  protect: config.getBoolean("protect") ?? true,
  hub: hubArgs,
  operatorAccess: operatorAccess(),
  network: {
    addressPrefixes: [config.get("addressSpace") ?? "10.42.0.0/16"],
    virtualNetworkResourceId: config.get("virtualNetworkId") || undefined,
    privateDns: privateDns(),
  },
  slots: {
    blue: {
      model: config.get("blueModel") ?? "azureml:credit-default:1",
      environmentId: servingEnvironment,
      weight: config.getNumber("blueWeight") ?? 100,
    },
    green: {
      model: config.get("greenModel") ?? "azureml:credit-default:2",
      environmentId: servingEnvironment,
      weight: config.getNumber("greenWeight") ?? 0,
    },
  },
  modelMonitor: baseline
    ? {
        taskType: config.get("monitorTaskType") === "Regression" ? "Regression" : "Classification",
        baselineDataUri: baseline,
        baselineTargetColumn: config.get("monitorTargetColumn") ?? "label",
      }
    : undefined,
  enableInferenceCluster: enableAks,
  inferenceCluster: enableAks
    ? {
        // With a hub, the cluster uses the zone's route table to the hub firewall.
        routeTableResourceId:
          hubArgs.mode === "none" ? config.require("aksRouteTableId") : undefined,
        inferenceRouterTls: {
          cname: config.get("aksRouterHost") ?? "scoring.ailz.internal",
          secretName: config.get("aksRouterTlsSecret") ?? "inference-router-tls",
        },
      }
    : undefined,
  enableOpenAi: config.getBoolean("enableOpenAi") ?? false,
  // The GenAI platform: AI Foundry with an agent project, AI Search, Cosmos DB, an AI gateway.
  enableFoundry: config.getBoolean("enableFoundry") ?? false,
  enableSearch: config.getBoolean("enableSearch") ?? false,
  enableCosmos: config.getBoolean("enableCosmos") ?? false,
  enableGateway: config.getBoolean("enableGateway") ?? false,
  // The outer loop: retrain weekly and on a monitor breach, publish to the registry, promote by
  // moving the slots' weights.
  training: trainingPipeline
    ? {
        pipelineComponentResourceId: trainingPipeline,
        inputs: trainingData ? { training_data: { uri: trainingData, type: "uri_folder" } } : {},
        cronExpression: config.get("retrainingCron") ?? "0 2 * * 0",
        monitorBreachHandlerResourceId: breachHandler || undefined,
      }
    : undefined,
  enableRegistry: config.getBoolean("enableRegistry") ?? false,
  registry: config.getBoolean("enableRegistry")
    ? { replicaLocations: config.getObject<string[]>("registryReplicaLocations") ?? [] }
    : undefined,
  enableGovernance: governed,
  governance,
});

export const resourceGroup = resourceGroupName;
export const workspaceId = zone.workspace.resourceId;
export const endpointId = zone.endpoint.resourceId;
export const scoringUri = zone.scoringUri;
export const traffic = zone.traffic;
export const registryId = zone.registry?.resourceId;
export const foundryEndpoint = zone.foundry?.endpoint;
export const gatewayEndpoint = zone.gateway?.endpoint;
export const retrainingScheduleName = zone.retraining?.scheduleName;
