/**
 * The AI landing zone with nothing but the required inputs: every child keeps its secure default
 * (private endpoints, customer-managed keys, Entra ID only, diagnostics, budget, cost tags).
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

const resourceGroupName = `rg-${name}`;
const group = new resources.ResourceGroup("group", {
  resourceGroupName,
  location,
  tags: { "cost-center": costCenter, owner, environment, workload: name },
});

const zone = new AiLandingZone(name, {
  // A known name that waits for the group keeps every composed ID known during preview.
  resourceGroupName: afterResource(group, resourceGroupName),
  location,
  environment,
  costCenter,
  owner,
  alertEmails: [config.require("alertEmail")],
  budgetAmount: config.getNumber("budgetAmount") ?? 500,
  slots: {
    blue: {
      model: config.get("model") ?? "azureml:credit-default:1",
      environmentId: config.get("servingEnvironment") ?? "azureml:sklearn-serving:1",
      weight: 100,
    },
  },
});

export const workspaceId = zone.workspace.resourceId;
export const scoringUri = zone.scoringUri;
