/**
 * `zones` reference landing zones in one stack, each in its own resource group and address
 * space: the size platform teams reach when one stack holds several workloads.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { afterResource, AiLandingZone } from "ai-landing-zone";

const zones = new pulumi.Config().requireNumber("zones");
const tags = { "cost-center": "ai-platform", owner: "platform-team", environment: "dev" };

for (let i = 0; i < zones; i++) {
  const name = `ailz-${i}`;
  const resourceGroupName = `rg-${name}`;
  const group = new resources.ResourceGroup(`group-${i}`, {
    resourceGroupName,
    location: "swedencentral",
    tags: { ...tags, workload: name },
  });
  new AiLandingZone(name, {
    resourceGroupName: afterResource(group, resourceGroupName),
    location: "swedencentral",
    environment: "dev",
    costCenter: tags["cost-center"],
    owner: tags.owner,
    workload: name,
    alertEmails: ["ai-platform@example.com"],
    budgetAmount: 1000,
    network: { addressPrefixes: [`10.${i % 256}.0.0/16`] },
    slots: {
      blue: { model: "azureml:credit-default:1", environmentId: "azureml:sklearn:1", weight: 90 },
      green: { model: "azureml:credit-default:2", environmentId: "azureml:sklearn:1", weight: 10 },
    },
  });
}
