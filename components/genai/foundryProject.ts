import * as pulumi from "@pulumi/pulumi";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import {
  afterResource,
  createRoleAssignments,
  InputValidator,
  knownResourceId,
  nameProblem,
  resourceIdProblem,
  stableGuid,
  Tags,
} from "../common";

/**
 * Where a project's agents keep their state (the Foundry Agent Service "standard setup"): files
 * in blob storage, vector stores in AI Search, threads and agent definitions in Cosmos DB, all in
 * the caller's subscription, private and CMK-encrypted (`CmkStorageAccount`, `PrivateSearch`,
 * `PrivateCosmosDb`).
 */
export interface FoundryAgentStoresArgs {
  /** Required. The `Microsoft.Storage/storageAccounts` ID for agent files. */
  storageAccountResourceId: pulumi.Input<string>;
  /** Required. The `Microsoft.Search/searchServices` ID for vector stores. */
  searchServiceResourceId: pulumi.Input<string>;
  /** Required. The `Microsoft.DocumentDB/databaseAccounts` ID for threads and agent state. */
  cosmosDbAccountResourceId: pulumi.Input<string>;
}

/** A Foundry project: a workspace for a team's agents, evaluations and connections. */
export interface FoundryProjectArgs {
  /** Required. The project's name: 2-64 letters, digits, underscores, periods or hyphens. */
  name: string;
  /** @default - the name */
  displayName?: string;
  /** @default - none */
  description?: string;
  /**
   * The standard agent setup: the project's agents keep their state in these resources, reached
   * with the project's own identity (never keys), through connections and a capability host.
   * @default - no agent capability host (the project cannot run agents with its own stores)
   */
  agents?: FoundryAgentStoresArgs;
}

/** A created project, as `AiFoundry` exposes it. */
export interface FoundryProjectOutput {
  /** Known during preview. */
  resourceId: pulumi.Output<string>;
  /** The project's system-assigned identity, for role assignments on what it reads. */
  principalId: pulumi.Output<string>;
  /** `https://<account>.services.ai.azure.com/api/projects/<project>`. */
  endpoint: pulumi.Output<string>;
}

/** The Cosmos DB database the Agent Service creates for thread and agent state. */
export const agentDatabaseName = "enterprise_memory";
/** Cosmos DB's "Built-in Data Contributor" SQL role definition. */
export const cosmosDataContributorRoleId = "00000000-0000-0000-0000-000000000002";

/**
 * Storage Blob Data Owner only on the containers the Agent Service creates (`*-azureml-agent`),
 * as in Microsoft's standard agent setup; tags and blob filtering stay allowed anywhere.
 */
export const agentContainersCondition =
  "((!(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/read'}) " +
  "AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/filter/action'}) " +
  "AND !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write'})) " +
  "OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringLikeIgnoreCase '*-azureml-agent'))";

const STORES: readonly [keyof FoundryAgentStoresArgs, string][] = [
  ["storageAccountResourceId", "Microsoft.Storage/storageAccounts"],
  ["searchServiceResourceId", "Microsoft.Search/searchServices"],
  ["cosmosDbAccountResourceId", "Microsoft.DocumentDB/databaseAccounts"],
];

/** Checks the projects: valid, unique names and agent stores of the right types. */
export function validateProjects(
  v: InputValidator,
  path: string,
  projects: readonly FoundryProjectArgs[],
): void {
  const seen = new Set<string>();
  projects.forEach((p, i) => {
    const at = `${path}[${i}]`;
    v.report(`${at}.name`, nameProblem("aiFoundryProject", p.name));
    v.check(!seen.has(p.name), `${at}.name`, `"${p.name}" is used twice: name each project once`);
    seen.add(p.name);
    if (p.agents === undefined) return;
    for (const [key, type] of STORES) {
      const id = p.agents[key];
      if (id === undefined) v.fail(`${at}.agents.${key}`, `is required: a ${type} ID`);
      else v.report(`${at}.agents.${key}`, resourceIdProblem(id, type));
    }
  });
}

/** The target's name: the last segment of its ARM ID. */
function nameOf(id: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.output(id).apply((i) => i.split("/").pop() ?? i);
}

interface ProjectContext {
  componentName: string;
  resourceGroupName: pulumi.Input<string>;
  location?: pulumi.Input<string>;
  subscriptionId: pulumi.Input<string>;
  /** The account's name, resolved after the account. */
  accountName: pulumi.Input<string>;
  /** The account's custom subdomain, known during preview. */
  subdomain: pulumi.Input<string>;
  tags: Tags;
}

/**
 * Creates a project with its own identity and, for the standard agent setup, its connections to
 * the agent stores (Entra ID auth), the narrow roles its identity needs on them, and its
 * capability host, created after the roles.
 */
export function createFoundryProject(
  ctx: ProjectContext,
  project: FoundryProjectArgs,
  parent: pulumi.Resource,
): FoundryProjectOutput {
  const base = `${ctx.componentName}-project-${project.name}`;
  const created = new cognitiveservices.Project(
    base,
    {
      resourceGroupName: ctx.resourceGroupName,
      accountName: ctx.accountName,
      projectName: project.name,
      location: ctx.location,
      identity: { type: "SystemAssigned" },
      properties: {
        displayName: project.displayName ?? project.name,
        description: project.description,
      },
      tags: ctx.tags,
    },
    { parent },
  );
  const principalId = created.identity.apply((i) => i?.principalId ?? "");
  const projectName = afterResource(created, project.name);
  const resourceId = knownResourceId(
    created,
    ctx.subscriptionId,
    ctx.resourceGroupName,
    "Microsoft.CognitiveServices/accounts/projects",
    ctx.accountName,
    project.name,
  );

  if (project.agents !== undefined) {
    const stores = project.agents;
    const opts = { parent };
    const connection = (
      key: string,
      category: string,
      id: pulumi.Input<string>,
      target: pulumi.Input<string>,
    ) =>
      new cognitiveservices.ProjectConnection(
        `${base}-conn-${key}`,
        {
          resourceGroupName: ctx.resourceGroupName,
          accountName: ctx.accountName,
          projectName,
          connectionName: `agents-${key}`,
          properties: {
            authType: "AAD",
            category,
            target,
            metadata: {
              ApiType: "Azure",
              ResourceId: id,
              ...(ctx.location === undefined ? {} : { location: ctx.location }),
            },
          },
        },
        opts,
      );
    const storage = nameOf(stores.storageAccountResourceId);
    const search = nameOf(stores.searchServiceResourceId);
    const cosmos = nameOf(stores.cosmosDbAccountResourceId);
    const connections = [
      connection(
        "storage",
        "AzureStorageAccount",
        stores.storageAccountResourceId,
        pulumi.interpolate`https://${storage}.blob.core.windows.net/`,
      ),
      connection(
        "search",
        "CognitiveSearch",
        stores.searchServiceResourceId,
        pulumi.interpolate`https://${search}.search.windows.net`,
      ),
      connection(
        "cosmos",
        "CosmosDB",
        stores.cosmosDbAccountResourceId,
        pulumi.interpolate`https://${cosmos}.documents.azure.com:443/`,
      ),
    ];

    const as = (role: string, condition?: string) => ({
      roleDefinitionIdOrName: role,
      principalId,
      principalType: "ServicePrincipal" as const,
      key: `${project.name}-${role}`,
      condition,
    });
    const roles = [
      ...createRoleAssignments(
        base,
        "storage",
        stores.storageAccountResourceId,
        [
          as("Storage Blob Data Contributor"),
          as("Storage Blob Data Owner", agentContainersCondition),
        ],
        opts,
      ),
      ...createRoleAssignments(
        base,
        "search",
        stores.searchServiceResourceId,
        [as("Search Index Data Contributor"), as("Search Service Contributor")],
        opts,
      ),
      ...createRoleAssignments(
        base,
        "cosmos",
        stores.cosmosDbAccountResourceId,
        [as("Cosmos DB Operator")],
        opts,
      ),
    ];
    // Data access to the agent database only, not to the account's other databases.
    const threadsScope = pulumi.interpolate`${stores.cosmosDbAccountResourceId}/dbs/${agentDatabaseName}`;
    const cosmosData = new cosmosdb.SqlResourceSqlRoleAssignment(
      `${base}-cosmos-data`,
      {
        resourceGroupName: pulumi
          .output(stores.cosmosDbAccountResourceId)
          .apply((id) => id.split("/")[4]),
        accountName: cosmos,
        roleAssignmentId: pulumi
          .all([threadsScope, principalId])
          .apply(([scope, p]) => stableGuid(scope.toLowerCase(), p, cosmosDataContributorRoleId)),
        roleDefinitionId: pulumi.interpolate`${stores.cosmosDbAccountResourceId}/sqlRoleDefinitions/${cosmosDataContributorRoleId}`,
        scope: threadsScope,
        principalId,
      },
      opts,
    );

    new cognitiveservices.ProjectCapabilityHost(
      `${base}-caphost`,
      {
        resourceGroupName: ctx.resourceGroupName,
        accountName: ctx.accountName,
        projectName,
        capabilityHostName: "agents",
        projectCapabilityHostProperties: {
          storageConnections: ["agents-storage"],
          vectorStoreConnections: ["agents-search"],
          threadStorageConnections: ["agents-cosmos"],
        },
      },
      // The Agent Service checks the roles when it creates the host.
      { parent, dependsOn: [...connections, ...roles, cosmosData] },
    );
  }

  return {
    resourceId,
    principalId,
    endpoint: pulumi.interpolate`https://${ctx.subdomain}.services.ai.azure.com/api/projects/${project.name}`,
  };
}
