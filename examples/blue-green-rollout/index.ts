/**
 * Blue and green slots on one private endpoint, whose traffic split comes from stack config: a
 * rollout (shadow, canary, promotion) and a rollback are `pulumi config set` plus `pulumi up`,
 * reviewed in a pull request like any other change. Traffic is written after both slots are
 * ready, so a slot never takes requests before its deployment succeeded.
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
});

export const scoringUri = zone.scoringUri;
export const traffic = zone.traffic;
