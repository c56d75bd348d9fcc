/**
 * The AI landing zone in a hub-and-spoke network owned by a platform team: the subnets are added
 * to an existing spoke VNet (already peered to the hub), every subnet sends 0.0.0.0/0 to the hub
 * firewall through a route table the zone creates, and every
 * private endpoint registers in the hub's central privatelink DNS zones, brought by ID, so
 * names resolve the same from the hub, other spokes and on-premises.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { afterResource, AiLandingZone, landingZoneDnsZones } from "ai-landing-zone";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "dev";
const location = config.get("location") ?? "swedencentral";
const costCenter = config.require("costCenter");
const owner = config.require("owner");
const name = `ailz-${environment}`;
const dnsGroup = config.require("dnsZonesResourceGroupId");

// One zone ID per zone the landing zone's private endpoints use.
const zoneResourceIds = Object.fromEntries(
  landingZoneDnsZones.map((zone) => [
    zone,
    `${dnsGroup}/providers/Microsoft.Network/privateDnsZones/${zone}`,
  ]),
);

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
  budgetAmount: config.getNumber("budgetAmount") ?? 1000,
  // The platform team's firewall filters egress; the spoke's peering is theirs too.
  hub: { mode: "bring", firewallPrivateIpAddress: config.require("hubFirewallIp") },
  network: {
    virtualNetworkResourceId: config.require("spokeVnetId"),
    addressPrefixes: [config.require("spokeAddressSpace")],
    privateDns: { mode: "bring", zoneResourceIds },
  },
  slots: {
    blue: {
      model: config.get("model") ?? "azureml:credit-default:1",
      environmentId: config.get("servingEnvironment") ?? "azureml:sklearn-serving:1",
      weight: 100,
    },
  },
});

export const subnetIds = zone.network.subnetResourceIds;
export const routeTableId = zone.network.routeTableResourceId;
export const scoringUri = zone.scoringUri;
