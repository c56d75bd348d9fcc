/**
 * The AI landing zone as a spoke of its own hub: a hub VNet with a zone-redundant Azure Firewall
 * (Premium: threat intelligence and IDPS in Deny, DNS proxy, egress only to what Azure ML, AKS,
 * Azure Monitor and the registries need), peered with the spoke in both directions; every subnet
 * of the zone sends 0.0.0.0/0 to the firewall. Operators reach the private zone through Azure
 * Bastion and a jump box with Entra ID login; pipelines through private build agents.
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
const firewallTier = config.get("firewallTier") ?? "Premium";
if (firewallTier !== "Premium" && firewallTier !== "Standard") {
  throw new Error(`ailz-hub-spoke:firewallTier is "${firewallTier}": use Premium or Standard`);
}

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
  budgetAmount: config.getNumber("budgetAmount") ?? 2000,
  network: { addressPrefixes: [config.get("spokeAddressSpace") ?? "10.42.0.0/16"] },
  hub: {
    mode: "create",
    firewall: {
      addressPrefixes: [config.get("hubAddressSpace") ?? "10.40.0.0/24"],
      tier: firewallTier,
    },
  },
  operatorAccess: {
    adminSshPublicKey: config.require("adminSshPublicKey"),
    enableBuildAgents: config.getBoolean("enableBuildAgents") ?? true,
  },
  slots: {
    blue: {
      model: config.get("model") ?? "azureml:credit-default:1",
      environmentId: config.get("servingEnvironment") ?? "azureml:sklearn-serving:1",
      weight: 100,
    },
  },
});

export const firewallPrivateIp = zone.hubFirewall?.privateIpAddress;
export const hubVnetId = zone.hubFirewall?.virtualNetworkResourceId;
export const jumpBoxId = zone.jumpBox?.resourceId;
export const scoringUri = zone.scoringUri;
