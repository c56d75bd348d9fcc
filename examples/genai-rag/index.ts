/**
 * A private retrieval-augmented generation (RAG) platform: an AI Foundry account with a chat
 * model and a project running agents on their own stores (blob storage for files, AI Search for
 * vectors, Cosmos DB for threads), behind an API Management AI gateway that holds the only
 * credential to the model (its managed identity), limits tokens per subscription and records
 * token usage. Everything is private, Entra-only and encrypted with customer-managed keys.
 */
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import {
  afterResource,
  AiFoundry,
  AiGateway,
  CmkStorageAccount,
  CostGuardrails,
  EncryptionKey,
  genAiDnsZones,
  KeyVault,
  LandingZoneNetwork,
  Observability,
  PrivateCosmosDb,
  PrivateSearch,
} from "ai-landing-zone";

const config = new pulumi.Config();
const environment = config.get("environment") ?? "dev";
const location = config.get("location") ?? "swedencentral";
const costCenter = config.require("costCenter");
const owner = config.require("owner");
const production = environment === "prod";
const name = `rag-${environment}`;
const tags = { "cost-center": costCenter, owner, environment, workload: name };

const resourceGroupName = `rg-${name}`;
const group = new resources.ResourceGroup("group", { resourceGroupName, location, tags });
// A known name that waits for the group keeps every composed ID known during preview.
const common = { resourceGroupName: afterResource(group, resourceGroupName), location, tags };

const network = new LandingZoneNetwork(`${name}-network`, {
  ...common,
  additionalDnsZones: [...genAiDnsZones],
  genAiSubnets: { agents: "10.42.8.0/24", apiManagement: "10.42.9.0/27" },
});

// The account's name is fixed so its alerts can be created with the workspace, before it.
const foundryName = config.get("foundryName") ?? `aif-${name}-${costCenter}`.toLowerCase();
const foundryId = pulumi.interpolate`${group.id}/providers/Microsoft.CognitiveServices/accounts/${foundryName}`;
const observability = new Observability(`${name}-obs`, {
  ...common,
  actionGroup: {
    emailReceivers: [{ name: "platform", emailAddress: config.require("alertEmail") }],
  },
  alerts: { aiAccounts: { accountResourceIds: { foundry: foundryId } } },
});
const diagnosticSettings = observability.diagnosticSettings;
new CostGuardrails(`${name}-budget`, {
  resourceGroupName: common.resourceGroupName,
  amount: config.getNumber("budgetAmount") ?? 2000,
  actionGroupResourceId: observability.actionGroupResourceId,
  tags,
  requiredTagNames: Object.keys(tags),
});

const privateEndpoint = network.privateEndpoint;
const vault = new KeyVault(`${name}-kv`, { ...common, privateEndpoint, diagnosticSettings });
const dataKey = new EncryptionKey(`${name}-cmk`, {
  ...common,
  keyVaultResourceId: vault.resourceId,
});
// Azure AI services accept only 2048-bit RSA keys: the account gets a key of its own.
const aiKey = new EncryptionKey(`${name}-ai-cmk`, {
  ...common,
  keyVaultResourceId: vault.resourceId,
  keySize: 2048,
});

const files = new CmkStorageAccount(`${name}-files`, {
  ...common,
  customerManagedKey: dataKey.customerManagedKey,
  privateEndpoint,
  diagnosticSettings,
});
const search = new PrivateSearch(`${name}-search`, {
  ...common,
  // Azure's read/write SLA needs 3 replicas; 1 keeps a throwaway stack cheap.
  replicaCount: config.getNumber("searchReplicas") ?? 3,
  privateEndpoint,
  diagnosticSettings,
});
const threads = new PrivateCosmosDb(`${name}-threads`, {
  ...common,
  customerManagedKey: dataKey.customerManagedKey,
  privateEndpoint,
  diagnosticSettings,
});

const foundry = new AiFoundry(`${name}-foundry`, {
  ...common,
  accountName: foundryName,
  customerManagedKey: aiKey.customerManagedKey,
  agentSubnetResourceId: network.genAiSubnetResourceIds.agents,
  privateEndpoint,
  diagnosticSettings,
  deployments: [
    {
      name: "chat",
      modelName: config.get("chatModel") ?? "gpt-4o",
      modelVersion: config.get("chatModelVersion") ?? "2024-11-20",
      capacity: config.getNumber("chatCapacity") ?? 50,
    },
  ],
  projects: [
    {
      name: "rag",
      description: "Retrieval-augmented chat over the team's documents",
      agents: {
        storageAccountResourceId: files.resourceId,
        searchServiceResourceId: search.resourceId,
        cosmosDbAccountResourceId: threads.resourceId,
      },
    },
  ],
});

const gateway = new AiGateway(`${name}-gateway`, {
  ...common,
  publisherEmail: config.require("alertEmail"),
  publisherName: owner,
  // Developer has no SLA; production runs on Premium.
  skuName: production ? "Premium" : "Developer",
  subnetResourceId: network.genAiSubnetResourceIds.apiManagement!,
  backends: [
    {
      name: "foundry",
      accountResourceId: foundry.resourceId,
      url: pulumi.interpolate`${foundry.openAiEndpoint}openai`,
    },
  ],
  tokensPerMinute: config.getNumber("tokensPerMinute") ?? 20000,
  applicationInsights: {
    resourceId: observability.applicationInsightsResourceId,
    connectionString: observability.applicationInsightsConnectionString,
  },
  diagnosticSettings,
});

export const foundryEndpoint = foundry.endpoint;
export const projectEndpoint = foundry.projects.rag.endpoint;
export const gatewayEndpoint = gateway.endpoint;
