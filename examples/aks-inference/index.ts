/**
 * The private workspace of the landing zone plus a private AKS cluster whose inference pool is
 * isolated (its own subnet, node label and autoscaler), attached to the workspace as Kubernetes
 * compute. The online endpoint runs on it behind the Azure ML inference router, over TLS, on an
 * internal load balancer; nodes reach the internet only through the hub firewall.
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
  resourceGroupName: afterResource(group, resourceGroupName),
  location,
  environment,
  costCenter,
  owner,
  alertEmails: [config.require("alertEmail")],
  budgetAmount: config.getNumber("budgetAmount") ?? 3000,
  enableInferenceCluster: true,
  inferenceCluster: {
    routeTableResourceId: config.require("routeTableId"),
    adminGroupObjectIds: [config.require("adminGroupId")],
    inferencePool: { vmSize: config.get("inferenceVmSize") ?? "Standard_D8ds_v5" },
    inferenceRouterTls: {
      cname: config.get("routerHost") ?? "scoring.ailz.internal",
      secretName: config.get("routerTlsSecret") ?? "inference-router-tls",
    },
  },
  slots: {
    blue: {
      model: config.get("model") ?? "azureml:credit-default:1",
      environmentId: config.get("servingEnvironment") ?? "azureml:sklearn-serving:1",
      weight: 100,
    },
  },
});

export const clusterId = zone.inferenceCluster?.resourceId;
export const computeId = zone.inferenceCluster?.computeResourceId;
export const scoringUri = zone.scoringUri;
