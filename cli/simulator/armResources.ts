import { createHash } from "crypto";
import {
  AZURE_NATIVE_PREFIX,
  DEFAULT_LOCATION,
  DEFAULT_RESOURCE_GROUP,
  FAKE_SUBSCRIPTION_ID,
  FAKE_TENANT_ID,
  fakeGuid,
  resourceGroupId,
} from "./constants";
import type { AzureAccount } from "./providerConfig";

/** The subscription, tenant and location the simulated IDs and outputs use, fixed by default. */
type Scope = Pick<AzureAccount, "subscriptionId" | "tenantId" | "location">;
const FIXED_SCOPE: Scope = { subscriptionId: FAKE_SUBSCRIPTION_ID, tenantId: FAKE_TENANT_ID };

type Inputs = Record<string, any>;

/**
 * How one azure-native type token maps to its ARM resource ID:
 * - `path` is the provider path under the resource group (or under `scopeInput`), with
 *   `{inputName}` placeholders for parent names; the resource's own name is appended last;
 * - `nameInput` is the input that carries the resource's own name (azure-native autonames it
 *   from the logical name when the caller leaves it out).
 */
interface ArmShape {
  path: string;
  nameInput: string;
  /** The resource lives under another resource's ID (extension resources) instead of a group. */
  scopeInput?: string;
}

const shapes: Record<string, ArmShape> = {
  "resources:ResourceGroup": { path: "", nameInput: "resourceGroupName" },
  "network:VirtualNetwork": {
    path: "Microsoft.Network/virtualNetworks",
    nameInput: "virtualNetworkName",
  },
  "network:Subnet": {
    path: "Microsoft.Network/virtualNetworks/{virtualNetworkName}/subnets",
    nameInput: "subnetName",
  },
  "network:NetworkSecurityGroup": {
    path: "Microsoft.Network/networkSecurityGroups",
    nameInput: "networkSecurityGroupName",
  },
  "network:SecurityRule": {
    path: "Microsoft.Network/networkSecurityGroups/{networkSecurityGroupName}/securityRules",
    nameInput: "securityRuleName",
  },
  "network:RouteTable": { path: "Microsoft.Network/routeTables", nameInput: "routeTableName" },
  "network:FirewallPolicy": {
    path: "Microsoft.Network/firewallPolicies",
    nameInput: "firewallPolicyName",
  },
  "network:FirewallPolicyRuleCollectionGroup": {
    path: "Microsoft.Network/firewallPolicies/{firewallPolicyName}/ruleCollectionGroups",
    nameInput: "ruleCollectionGroupName",
  },
  "network:VirtualNetworkPeering": {
    path: "Microsoft.Network/virtualNetworks/{virtualNetworkName}/virtualNetworkPeerings",
    nameInput: "virtualNetworkPeeringName",
  },
  "network:HubVirtualNetworkConnection": {
    path: "Microsoft.Network/virtualHubs/{virtualHubName}/hubVirtualNetworkConnections",
    nameInput: "connectionName",
  },
  "compute:VirtualMachineExtension": {
    path: "Microsoft.Compute/virtualMachines/{vmName}/extensions",
    nameInput: "vmExtensionName",
  },
  "network:NatGateway": { path: "Microsoft.Network/natGateways", nameInput: "natGatewayName" },
  "network:PublicIPAddress": {
    path: "Microsoft.Network/publicIPAddresses",
    nameInput: "publicIpAddressName",
  },
  "network:PrivateEndpoint": {
    path: "Microsoft.Network/privateEndpoints",
    nameInput: "privateEndpointName",
  },
  "network:PrivateDnsZoneGroup": {
    path: "Microsoft.Network/privateEndpoints/{privateEndpointName}/privateDnsZoneGroups",
    nameInput: "privateDnsZoneGroupName",
  },
  "privatedns:PrivateZone": {
    path: "Microsoft.Network/privateDnsZones",
    nameInput: "privateZoneName",
  },
  "privatedns:VirtualNetworkLink": {
    path: "Microsoft.Network/privateDnsZones/{privateZoneName}/virtualNetworkLinks",
    nameInput: "virtualNetworkLinkName",
  },
  "keyvault:Vault": { path: "Microsoft.KeyVault/vaults", nameInput: "vaultName" },
  "keyvault:Key": { path: "Microsoft.KeyVault/vaults/{vaultName}/keys", nameInput: "keyName" },
  "keyvault:Secret": {
    path: "Microsoft.KeyVault/vaults/{vaultName}/secrets",
    nameInput: "secretName",
  },
  "managedidentity:UserAssignedIdentity": {
    path: "Microsoft.ManagedIdentity/userAssignedIdentities",
    nameInput: "resourceName",
  },
  "authorization:RoleAssignment": {
    path: "Microsoft.Authorization/roleAssignments",
    nameInput: "roleAssignmentName",
    scopeInput: "scope",
  },
  "authorization:PolicyAssignment": {
    path: "Microsoft.Authorization/policyAssignments",
    nameInput: "policyAssignmentName",
    scopeInput: "scope",
  },
  "authorization:PolicyExemption": {
    path: "Microsoft.Authorization/policyExemptions",
    nameInput: "policyExemptionName",
    scopeInput: "scope",
  },
  "security:Pricing": {
    path: "Microsoft.Security/pricings",
    nameInput: "pricingName",
    scopeInput: "scopeId",
  },
  "authorization:ManagementLockByScope": {
    path: "Microsoft.Authorization/locks",
    nameInput: "lockName",
    scopeInput: "scope",
  },
  "monitor:DiagnosticSetting": {
    path: "Microsoft.Insights/diagnosticSettings",
    nameInput: "name",
    scopeInput: "resourceUri",
  },
  "monitor:ActionGroup": { path: "Microsoft.Insights/actionGroups", nameInput: "actionGroupName" },
  "monitor:MetricAlert": { path: "Microsoft.Insights/metricAlerts", nameInput: "ruleName" },
  "monitor:ScheduledQueryRule": {
    path: "Microsoft.Insights/scheduledQueryRules",
    nameInput: "ruleName",
  },
  "monitor:AutoscaleSetting": {
    path: "Microsoft.Insights/autoscalesettings",
    nameInput: "autoscaleSettingName",
  },
  "eventgrid:EventSubscription": {
    path: "Microsoft.EventGrid/eventSubscriptions",
    nameInput: "eventSubscriptionName",
    scopeInput: "scope",
  },
  "consumption:Budget": {
    path: "Microsoft.Consumption/budgets",
    nameInput: "budgetName",
    scopeInput: "scope",
  },
  "storage:StorageAccount": { path: "Microsoft.Storage/storageAccounts", nameInput: "accountName" },
  "storage:BlobServiceProperties": {
    path: "Microsoft.Storage/storageAccounts/{accountName}/blobServices",
    nameInput: "blobServicesName",
  },
  "storage:FileServiceProperties": {
    path: "Microsoft.Storage/storageAccounts/{accountName}/fileServices",
    nameInput: "fileServicesName",
  },
  "security:DefenderForStorage": {
    path: "Microsoft.Security/defenderForStorageSettings",
    nameInput: "settingName",
    scopeInput: "resourceId",
  },
  "compute:DiskEncryptionSet": {
    path: "Microsoft.Compute/diskEncryptionSets",
    nameInput: "diskEncryptionSetName",
  },
  "storage:BlobContainer": {
    path: "Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers",
    nameInput: "containerName",
  },
  "storage:ManagementPolicy": {
    path: "Microsoft.Storage/storageAccounts/{accountName}/managementPolicies",
    nameInput: "managementPolicyName",
  },
  "storage:BlobContainerImmutabilityPolicy": {
    path: "Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}/immutabilityPolicies",
    nameInput: "immutabilityPolicyName",
  },
  "containerservice:ManagedNamespace": {
    path: "Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces",
    nameInput: "managedNamespaceName",
  },
  "containerregistry:Registry": {
    path: "Microsoft.ContainerRegistry/registries",
    nameInput: "registryName",
  },
  "operationalinsights:Workspace": {
    path: "Microsoft.OperationalInsights/workspaces",
    nameInput: "workspaceName",
  },
  "applicationinsights:Component": {
    path: "Microsoft.Insights/components",
    nameInput: "resourceName",
  },
  "machinelearningservices:Workspace": {
    path: "Microsoft.MachineLearningServices/workspaces",
    nameInput: "workspaceName",
  },
  "machinelearningservices:Registry": {
    path: "Microsoft.MachineLearningServices/registries",
    nameInput: "registryName",
  },
  "machinelearningservices:Compute": {
    path: "Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes",
    nameInput: "computeName",
  },
  "machinelearningservices:OnlineEndpoint": {
    path: "Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints",
    nameInput: "endpointName",
  },
  "machinelearningservices:OnlineDeployment": {
    path: "Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments",
    nameInput: "deploymentName",
  },
  "machinelearningservices:Schedule": {
    path: "Microsoft.MachineLearningServices/workspaces/{workspaceName}/schedules",
    nameInput: "name",
  },
  "machinelearningservices:ManagedNetworkSettingsRule": {
    path: "Microsoft.MachineLearningServices/workspaces/{workspaceName}/outboundRules",
    nameInput: "ruleName",
  },
  "containerservice:ManagedCluster": {
    path: "Microsoft.ContainerService/managedClusters",
    nameInput: "resourceName",
  },
  "containerservice:AgentPool": {
    path: "Microsoft.ContainerService/managedClusters/{resourceName}/agentPools",
    nameInput: "agentPoolName",
  },
  "containerservice:TrustedAccessRoleBinding": {
    path: "Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings",
    nameInput: "trustedAccessRoleBindingName",
  },
  "containerservice:MaintenanceConfiguration": {
    path: "Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations",
    nameInput: "configName",
  },
  "kubernetesconfiguration:Extension": {
    path: "{clusterRp}/{clusterResourceName}/{clusterName}/providers/Microsoft.KubernetesConfiguration/extensions",
    nameInput: "extensionName",
  },
  "cognitiveservices:Account": {
    path: "Microsoft.CognitiveServices/accounts",
    nameInput: "accountName",
  },
  "cognitiveservices:Deployment": {
    path: "Microsoft.CognitiveServices/accounts/{accountName}/deployments",
    nameInput: "deploymentName",
  },
  "cognitiveservices:RaiPolicy": {
    path: "Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies",
    nameInput: "raiPolicyName",
  },
  "cognitiveservices:Project": {
    path: "Microsoft.CognitiveServices/accounts/{accountName}/projects",
    nameInput: "projectName",
  },
  "cognitiveservices:ProjectConnection": {
    path: "Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections",
    nameInput: "connectionName",
  },
  "cognitiveservices:ProjectCapabilityHost": {
    path: "Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/capabilityHosts",
    nameInput: "capabilityHostName",
  },
  "search:Service": { path: "Microsoft.Search/searchServices", nameInput: "searchServiceName" },
  "search:SharedPrivateLinkResource": {
    path: "Microsoft.Search/searchServices/{searchServiceName}/sharedPrivateLinkResources",
    nameInput: "sharedPrivateLinkResourceName",
  },
  "cosmosdb:DatabaseAccount": {
    path: "Microsoft.DocumentDB/databaseAccounts",
    nameInput: "accountName",
  },
  "cosmosdb:SqlResourceSqlRoleAssignment": {
    path: "Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments",
    nameInput: "roleAssignmentId",
  },
  "apimanagement:ApiManagementService": {
    path: "Microsoft.ApiManagement/service",
    nameInput: "serviceName",
  },
  "apimanagement:Backend": {
    path: "Microsoft.ApiManagement/service/{serviceName}/backends",
    nameInput: "backendId",
  },
  "apimanagement:Api": {
    path: "Microsoft.ApiManagement/service/{serviceName}/apis",
    nameInput: "apiId",
  },
  "apimanagement:ApiPolicy": {
    path: "Microsoft.ApiManagement/service/{serviceName}/apis/{apiId}/policies",
    nameInput: "policyId",
  },
  "apimanagement:Logger": {
    path: "Microsoft.ApiManagement/service/{serviceName}/loggers",
    nameInput: "loggerId",
  },
  "apimanagement:Diagnostic": {
    path: "Microsoft.ApiManagement/service/{serviceName}/diagnostics",
    nameInput: "diagnosticId",
  },
  "apimanagement:Product": {
    path: "Microsoft.ApiManagement/service/{serviceName}/products",
    nameInput: "productId",
  },
  "apimanagement:ProductPolicy": {
    path: "Microsoft.ApiManagement/service/{serviceName}/products/{productId}/policies",
    nameInput: "policyId",
  },
};

/** `azure-native:storage:StorageAccount` -> `storage:StorageAccount`; other tokens are unchanged. */
function moduleToken(type: string): string {
  return type.startsWith(AZURE_NATIVE_PREFIX) ? type.slice(AZURE_NATIVE_PREFIX.length) : type;
}

/**
 * The input that carries a resource's own name, for the types the simulator knows; the
 * provider's Check fills it with an autoname when the program leaves it out.
 */
export function nameInputOf(type: string): string | undefined {
  return shapes[moduleToken(type)]?.nameInput;
}

/** The name Azure would report: the explicit name input, or azure-native's autoname. */
export function physicalName(type: string, logicalName: string, inputs: Inputs): string {
  const token = moduleToken(type);
  const shape = shapes[token];
  // Other types mostly name their own name input `<resource>Name` (applicationGatewayName);
  // a few use `name` (web:WebApp).
  const resource = token.split(":")[1] ?? "";
  const guessed = `${resource.charAt(0).toLowerCase()}${resource.slice(1)}Name`;
  const explicit = shape ? inputs[shape.nameInput] : (inputs[guessed] ?? inputs.name);
  if (typeof explicit === "string" && explicit !== "") return explicit;
  // azure-native appends a random suffix to the logical name; a hash keeps it reproducible.
  return `${logicalName}${createHash("sha256").update(logicalName).digest("hex").slice(0, 8)}`;
}

/**
 * The realistic ARM ID of an azure-native resource, composed from its inputs the way Azure
 * composes it, in the provider's subscription. Unknown types get a generic
 * `Microsoft.<Module>/<type>s/<name>` ID.
 */
export function armResourceId(
  type: string,
  logicalName: string,
  inputs: Inputs,
  subscriptionId: string = FAKE_SUBSCRIPTION_ID,
): string {
  const random = randomResult(type, logicalName, inputs);
  if (random !== undefined) return random;
  const token = moduleToken(type);
  const name = physicalName(type, logicalName, inputs);
  const group = resourceGroupId(subscriptionId, inputs.resourceGroupName ?? DEFAULT_RESOURCE_GROUP);
  if (token === "resources:ResourceGroup") return resourceGroupId(subscriptionId, name);
  const shape = shapes[token];
  if (!shape) {
    const [module, resource] = token.split(":");
    const plural = resource.charAt(0).toLowerCase() + resource.slice(1) + "s";
    return `${group}/providers/Microsoft.${module.charAt(0).toUpperCase()}${module.slice(1)}/${plural}/${name}`;
  }
  const path = shape.path.replace(/\{(\w+)\}/g, (_, key: string) => String(inputs[key] ?? key));
  const base = shape.scopeInput ? String(inputs[shape.scopeInput] ?? group) : group;
  return `${base}/providers/${path}/${name}`;
}

/** A stable IP address for a simulated resource: `10.x.y.z` when private, `20.x.y.z` when public. */
export function simulatedIp(seed: string, isPrivate: boolean): string {
  const b = createHash("sha256").update(seed).digest();
  return `${isPrivate ? 10 : 20}.${b[0]}.${b[1]}.${(b[2] % 250) + 4}`;
}

/** A storage account's service endpoints, as Azure names them (`suffix` for routing variants). */
function storageEndpoints(name: string, suffix: string, services: string[]): Inputs {
  const out: Inputs = {};
  for (const service of services) {
    out[service] =
      service === "web"
        ? `https://${name}${suffix}.z6.web.core.windows.net/`
        : `https://${name}${suffix}.${service}.core.windows.net/`;
  }
  return out;
}

/** An AKS cluster's API server name, as Azure forms it from the DNS prefix. */
export function aksFqdn(id: string, dnsPrefix: string, location: string): string {
  return `${dnsPrefix}-${fakeGuid(id, "fqdn").slice(0, 8)}.hcp.${location}.azmk8s.io`;
}

const STORAGE_SERVICES = ["blob", "queue", "table", "file", "web", "dfs"];

/** Primary or secondary endpoints with their Microsoft- and internet-routing variants. */
function storageEndpointSet(name: string, suffix: string): Inputs {
  return {
    ...storageEndpoints(name, suffix, STORAGE_SERVICES),
    microsoftEndpoints: storageEndpoints(name, `${suffix}-microsoftrouting`, STORAGE_SERVICES),
    internetEndpoints: storageEndpoints(name, `${suffix}-internetrouting`, [
      "blob",
      "file",
      "web",
      "dfs",
    ]),
  };
}

/**
 * The outputs Azure computes for a new resource, beyond its inputs: identity principal IDs,
 * vault URIs, key URIs, endpoints, in the provider's subscription and tenant. These are modelled
 * by hand because they must look real (programs build URLs and role assignments from them); every
 * other output comes from azure-native's type information (`outputShapes.ts`), and these win.
 */
export function computedOutputs(
  type: string,
  logicalName: string,
  inputs: Inputs,
  scope: Scope = FIXED_SCOPE,
): Inputs {
  const random = randomResult(type, logicalName, inputs);
  if (random !== undefined) return { id: random, result: random };
  const token = moduleToken(type);
  const id = armResourceId(type, logicalName, inputs, scope.subscriptionId);
  const name = physicalName(type, logicalName, inputs);
  const location = inputs.location ?? scope.location ?? DEFAULT_LOCATION;
  const out: Inputs = { name, id };
  const identityType = String(inputs.identity?.type ?? "");
  if (/SystemAssigned/i.test(identityType)) {
    out.identity = {
      ...inputs.identity,
      principalId: fakeGuid(id, "principal"),
      tenantId: scope.tenantId,
    };
  }
  switch (token) {
    case "managedidentity:UserAssignedIdentity":
      Object.assign(out, {
        principalId: fakeGuid(id, "principal"),
        clientId: fakeGuid(id, "client"),
        tenantId: scope.tenantId,
      });
      break;
    case "keyvault:Vault":
      out.properties = { ...inputs.properties, vaultUri: `https://${name}.vault.azure.net/` };
      break;
    case "keyvault:Key": {
      const uri = `https://${inputs.vaultName}.vault.azure.net/keys/${name}`;
      Object.assign(out, {
        keyUri: uri,
        keyUriWithVersion: `${uri}/${fakeGuid(id).replace(/-/g, "")}`,
      });
      break;
    }
    case "storage:StorageAccount":
      out.primaryEndpoints = storageEndpointSet(name, "");
      out.secondaryEndpoints = storageEndpointSet(name, "-secondary");
      break;
    case "machinelearningservices:Workspace":
      out.workspaceId = fakeGuid(id, "workspace");
      out.discoveryUrl = `https://${location}.api.azureml.ms/discovery`;
      break;
    case "network:PublicIPAddress":
      // Azure allocates the address; programs read it for DNS records and firewall rules.
      out.ipAddress = inputs.ipAddress ?? simulatedIp(id, false);
      break;
    case "network:PrivateEndpoint": {
      // Azure gives every private endpoint one NIC (`<endpoint>.nic.<guid>`) and, unless the
      // program sets them, one DNS entry per group ID: programs build A records from these.
      const group = id.slice(0, id.indexOf("/providers/"));
      out.networkInterfaces = [
        {
          id: `${group}/providers/Microsoft.Network/networkInterfaces/${name}.nic.${fakeGuid(id, "nic")}`,
        },
      ];
      if (inputs.customDnsConfigs === undefined) {
        // At preview either list may be unknown as a whole (not an array).
        const connections = [
          inputs.privateLinkServiceConnections,
          inputs.manualPrivateLinkServiceConnections,
        ].flatMap((list) => (Array.isArray(list) ? list : []));
        const groupIds: string[] = connections.flatMap((c: Inputs) =>
          Array.isArray(c?.groupIds)
            ? c.groupIds.filter((g: unknown) => typeof g === "string")
            : [],
        );
        out.customDnsConfigs = groupIds.map((groupId, i) => ({
          fqdn: `${name}-${groupId}.privatelink.simulated.azure.net`,
          ipAddresses: [simulatedIp(`${id}|${i}`, true)],
        }));
      }
      break;
    }
    case "network:PrivateDnsZoneGroup":
      // Azure registers an A record for the endpoint in each zone of the group.
      if (Array.isArray(inputs.privateDnsZoneConfigs)) {
        out.privateDnsZoneConfigs = inputs.privateDnsZoneConfigs.map(
          (config: Inputs, i: number) => {
            const zoneId =
              typeof config?.privateDnsZoneId === "string" ? config.privateDnsZoneId : "";
            const zone = zoneId.split("/").pop() || "privatelink.simulated.azure.net";
            const record = String(inputs.privateEndpointName ?? name);
            return {
              ...config,
              recordSets: [
                {
                  recordType: "A",
                  recordSetName: record,
                  fqdn: `${record}.${zone}`,
                  ttl: 10,
                  ipAddresses: [simulatedIp(`${id}|${i}`, true)],
                  provisioningState: "Succeeded",
                },
              ],
            };
          },
        );
      }
      break;
    case "containerinstance:ContainerGroup":
      // `ip` is settable in the API but Azure assigns it in practice, as it assigns the FQDN.
      if (inputs.ipAddress && typeof inputs.ipAddress === "object") {
        const label = inputs.ipAddress.dnsNameLabel;
        out.ipAddress = {
          ...inputs.ipAddress,
          ip: inputs.ipAddress.ip ?? simulatedIp(id, inputs.ipAddress.type === "Private"),
          fqdn: `${typeof label === "string" ? label : name}.${location}.azurecontainer.io`,
        };
      }
      break;
    case "operationalinsights:Workspace":
      out.customerId = fakeGuid(id, "customer");
      break;
    case "applicationinsights:Component":
      out.connectionString = `InstrumentationKey=${fakeGuid(id, "ikey")}`;
      out.instrumentationKey = fakeGuid(id, "ikey");
      break;
    case "containerregistry:Registry":
      out.loginServer = `${name}.azurecr.io`;
      break;
    case "containerservice:ManagedCluster":
      out.oidcIssuerProfile = {
        ...inputs.oidcIssuerProfile,
        issuerURL: `https://oidc.simulated/${fakeGuid(id)}/`,
      };
      out.privateFQDN = `${name}-${fakeGuid(id).slice(0, 8)}.privatelink.${location}.azmk8s.io`;
      out.fqdn = aksFqdn(id, inputs.dnsPrefix ?? name, location);
      // AKS creates the kubelet identity in the node resource group unless one is brought.
      if (inputs.identityProfile?.kubeletidentity === undefined) {
        const nodeGroup = inputs.nodeResourceGroup ?? `MC_${id.split("/")[4]}_${name}_${location}`;
        out.identityProfile = {
          ...inputs.identityProfile,
          kubeletidentity: {
            resourceId: `${resourceGroupId(id.split("/")[2], nodeGroup)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
            clientId: fakeGuid(id, "kubelet", "client"),
            objectId: fakeGuid(id, "kubelet", "principal"),
          },
        };
      }
      break;
    case "cognitiveservices:Account":
      out.properties = { ...inputs.properties, endpoint: `https://${name}.openai.azure.com/` };
      break;
    case "apimanagement:ApiManagementService":
      out.gatewayUrl = `https://${name}.azure-api.net`;
      break;
    case "machinelearningservices:OnlineEndpoint": {
      const host = `${name}.${location}.inference.ml.azure.com`;
      out.properties = {
        ...inputs.properties,
        scoringUri: `https://${host}/score`,
        swaggerUri: `https://${host}/swagger.json`,
      };
      break;
    }
  }
  return out;
}

/**
 * `@pulumi/random` resources are not Azure's, but programs build names from them: a
 * deterministic result of the requested length and character classes keeps runs reproducible.
 */
function randomResult(type: string, logicalName: string, inputs: Inputs): string | undefined {
  if (type !== "random:index/randomString:RandomString") return undefined;
  const classes = [
    inputs.lower === false ? "" : "abcdefghijklmnopqrstuvwxyz",
    inputs.numeric === false || inputs.number === false ? "" : "0123456789",
    inputs.upper === false ? "" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    inputs.special === false ? "" : "!@#$%&*()-_=+[]{}<>:?",
  ].join("");
  const alphabet = classes === "" ? "abcdefghijklmnopqrstuvwxyz" : classes;
  const bytes = createHash("sha256").update(`random|${logicalName}`).digest();
  const length = Number(inputs.length ?? 16);
  let result = "";
  for (let i = 0; i < length; i++) result += alphabet[bytes[i % bytes.length] % alphabet.length];
  return result;
}
