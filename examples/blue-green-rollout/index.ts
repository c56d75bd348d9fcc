/**
 * Blue and green slots on one private endpoint, whose traffic split comes from stack config: a
 * rollout (shadow, canary, promotion) and a rollback are `pulumi config set` plus `pulumi up`,
 * reviewed in a pull request like any other change. Traffic is written after both slots are
 * ready, so a slot never takes requests before its deployment succeeded.
 *
 * The whole loop: both slots collect their inputs and outputs, a model monitor per slot
 * compares them with the training baseline and alerts on drift, a breach (and every Sunday)
 * starts the retraining pipeline, the retrained model is published to the registry, and
 * promotion is pointing the idle slot at the registry version and moving the weights.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { afterResource, AiLandingZone } from "ai-landing-zone";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "dev";
const location = config.get("location") ?? "swedencentral";
const costCenter = config.require("costCenter");
const owner = config.require("owner");
const name = `ailz-${environment}`;
const servingEnvironment = config.get("servingEnvironment") ?? "azureml:sklearn-serving:1";
const greenWeight = config.getNumber("greenWeight") ?? 0;
const trainingPipeline = config.get("trainingPipelineComponentId");
const breachHandler = config.get("retrainingHandlerId");

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
  alertEmails: [config.require("alertEmail")],
  budgetAmount: config.getNumber("budgetAmount") ?? 1500,
  slots: {
    blue: {
      model: config.get("blueModel") ?? "azureml:credit-default:1",
      environmentId: servingEnvironment,
      weight: config.getNumber("blueWeight") ?? 100,
    },
    green: {
      model: config.get("greenModel") ?? "azureml:credit-default:2",
      environmentId: servingEnvironment,
      weight: greenWeight,
      // Mirroring applies only to a slot without live traffic.
      mirror: greenWeight === 0 ? (config.getNumber("greenMirror") ?? 0) : 0,
    },
  },
  // Monitor: drift and data quality of each slot against the training data, alerting on breach.
  modelMonitor: {
    taskType: "Classification",
    baselineDataUri: config.get("monitorBaseline") ?? "azureml:credit-training:3",
    baselineTargetColumn: config.get("monitorTargetColumn") ?? "default",
  },
  // Retrain: weekly, and on a monitor breach when a handler submits the run.
  training: trainingPipeline
    ? {
        pipelineComponentResourceId: trainingPipeline,
        inputs: { training_data: { uri: "azureml:credit-training:latest", type: "uri_folder" } },
        monitorBreachHandlerResourceId: breachHandler || undefined,
      }
    : undefined,
  // Register: the retrained model is shared to the registry, with its lineage; promote by
  // setting greenModel to azureml://registries/<registryName>/models/<model>/versions/<n>.
  enableRegistry: config.getBoolean("enableRegistry") ?? true,
});

export const scoringUri = zone.scoringUri;
export const traffic = zone.traffic;
export const registryName = zone.registry?.name;
export const retrainingSchedule = zone.retraining?.scheduleName;
