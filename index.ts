/**
 * The reference AI landing zone: a private network, a purge-protected Key Vault with a rotating
 * customer-managed key, and CMK-encrypted storage, all logging to one Log Analytics workspace.
 * Every setting comes from stack config (see Pulumi.yaml for keys and defaults).
 */
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as resources from "@pulumi/azure-native/resources";
import {
  afterResource,
  CmkStorageAccount,
  EncryptionKey,
  KeyVault,
  knownResourceId,
  LandingZoneNetwork,
} from "./components";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "dev";
const location = config.get("location") ?? "swedencentral";
const protect = config.getBoolean("protect") ?? true;
const tags = {
  environment,
  costCenter: config.get("costCenter") ?? "ai-platform",
  owner: config.get("owner") ?? "platform-team",
};
const base = `ailz-${environment}`;

const { subscriptionId } = authorization.getClientConfigOutput();
// The group's name output is unknown until it exists; its known name (with a dependency on the
// group) keeps every ID composed from it known during preview.
const group = new resources.ResourceGroup("group", {
  resourceGroupName: `rg-${base}`,
  location,
  tags,
});
const resourceGroupName = afterResource(group, `rg-${base}`);

const logs = new operationalinsights.Workspace("logs", {
  resourceGroupName,
  location,
  workspaceName: `log-${base}`,
  sku: { name: "PerGB2018" },
  retentionInDays: 90,
  tags,
});
const diagnosticSettings = [
  {
    workspaceResourceId: knownResourceId(
      logs,
      subscriptionId,
      resourceGroupName,
      "Microsoft.OperationalInsights/workspaces",
      `log-${base}`,
    ),
  },
];

const network = new LandingZoneNetwork(base, {
  resourceGroupName,
  location,
  addressPrefixes: [config.get("addressSpace") ?? "10.42.0.0/16"],
  tags,
});

const vault = new KeyVault(base, {
  resourceGroupName,
  location,
  privateEndpoint: network.privateEndpoint,
  diagnosticSettings,
  protect,
  tags,
});

const key = new EncryptionKey(base, {
  resourceGroupName,
  location,
  keyVaultResourceId: vault.resourceId,
  protect,
  tags,
});

const data = new CmkStorageAccount(base, {
  resourceGroupName,
  location,
  customerManagedKey: key.customerManagedKey,
  privateEndpoint: network.privateEndpoint,
  diagnosticSettings,
  protect,
  tags,
});

export const resourceGroup = resourceGroupName;
export const virtualNetworkId = network.virtualNetworkResourceId;
export const keyVaultId = vault.resourceId;
export const storageAccountId = data.resourceId;
