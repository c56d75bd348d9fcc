/**
 * An AI landing zone with every practice of the Well-Architected Framework for AI workloads
 * turned on: drift and data-quality monitors on every slot, a candidate model in shadow (mirror)
 * traffic before it takes live requests, private Azure OpenAI with blocking content filters,
 * delete locks on the stateful resources, a daily log cap, alerts and a budget.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { afterResource, AiLandingZone } from "ai-landing-zone";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "prod";
const location = config.get("location") ?? "swedencentral";
const costCenter = config.require("costCenter");
const owner = config.require("owner");
const alertEmail = config.require("alertEmail");
const name = `ailz-${environment}`;
const servingEnvironment = config.get("servingEnvironment") ?? "azureml:sklearn-serving:1";
const lock = { kind: "CanNotDelete" as const };

const resourceGroupName = `rg-${name}`;
const group = new resources.ResourceGroup("group", {
  resourceGroupName,
  location,
  tags: { "cost-center": costCenter, owner, environment, workload: name },
});

const zone = new AiLandingZone(name, {
  resourceGroupName: afterResource(group, resourceGroupName),
  location,
  environment,
  costCenter,
  owner,
  alertEmails: [alertEmail],
  budgetAmount: config.getNumber("budgetAmount") ?? 3000,
  slots: {
    // Blue serves every request; green sees a 20% copy whose answers are dropped, so the
    // candidate is compared on production traffic before it is promoted.
    blue: {
      model: config.get("liveModel") ?? "azureml:credit-default:3",
      environmentId: servingEnvironment,
      weight: 100,
      scale: { minInstances: 3, maxInstances: 10 },
    },
    green: {
      model: config.get("candidateModel") ?? "azureml:credit-default:4",
      environmentId: servingEnvironment,
      weight: 0,
      mirror: 20,
      scale: { minInstances: 3, maxInstances: 3 },
    },
  },
  // Collect half the requests: enough for drift statistics at a lower storage cost.
  dataCollection: { samplingRate: 0.5 },
  modelMonitor: {
    taskType: "Classification",
    baselineDataUri: config.get("baselineData") ?? "azureml:credit-training:3",
    baselineTargetColumn: config.get("targetColumn") ?? "default",
  },
  enableOpenAi: true,
  openAi: {
    lock,
    deployments: [
      {
        name: "chat",
        modelName: "gpt-4o",
        modelVersion: config.get("chatModelVersion") ?? "2024-11-20",
        capacity: 30,
      },
    ],
  },
  // Image pulls keep working when the primary region is down.
  containerRegistryReplicaLocations: [config.get("registryReplicaLocation") ?? "northeurope"],
  keyVault: { lock },
  // Production data survives the loss of a zone and of the region (zone- and geo-redundant).
  storage: { lock, skuName: "Standard_GZRS" },
  workspace: { lock },
  observability: { retentionInDays: 180, dailyQuotaGb: 20 },
  trainingCluster: { maxNodeCount: 8 },
});

export const workspaceId = zone.workspace.resourceId;
export const scoringUri = zone.scoringUri;
export const openAiEndpoint = zone.openAi?.endpoint;
