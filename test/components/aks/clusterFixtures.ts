import { InferenceClusterArgs } from "../../../components/aks";
import { diagnostics, group, hub, ids, rg } from "../../helpers/fixtures";

/** ARM IDs an inference cluster's caller brings. */
export const aksIds = {
  systemSubnet: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz/subnets/snet-aksSystem`,
  inferenceSubnet: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz/subnets/snet-aksInference`,
  routeTable: `${group}/providers/Microsoft.Network/routeTables/rt-egress`,
  natGateway: `${group}/providers/Microsoft.Network/natGateways/ng-egress`,
  mlWorkspace: `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`,
  apiZone: `${hub}/providers/Microsoft.Network/privateDnsZones/privatelink.westeurope.azmk8s.io`,
  diskEncryptionSet: `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-aks`,
  vnet: `${group}/providers/Microsoft.Network/virtualNetworks/vnet-ailz`,
};

/** The zone key's disk encryption arguments, as `EncryptionKey.diskEncryptionKey` hands them. */
export const diskKey = {
  keyVaultResourceId: ids.vault,
  keyUrlWithVersion:
    "https://kv-ailz.vault.azure.net/keys/cmk-ailz/0123456789abcdef0123456789abcdef",
  userAssignedIdentityResourceId: ids.identity,
};

/** Minimal valid arguments, with the router's TLS from a Kubernetes secret and the zone's disk key. */
export function clusterArgs(extra: Partial<InferenceClusterArgs> = {}): InferenceClusterArgs {
  return {
    resourceGroupName: rg,
    location: "westeurope",
    systemSubnetResourceId: aksIds.systemSubnet,
    inferenceSubnetResourceId: aksIds.inferenceSubnet,
    systemSubnetAddressPrefix: "10.42.1.0/24",
    inferenceSubnetAddressPrefix: "10.42.4.0/22",
    routeTableResourceId: aksIds.routeTable,
    logAnalyticsWorkspaceResourceId: ids.workspace,
    diagnosticSettings: diagnostics,
    machineLearningWorkspaceResourceId: aksIds.mlWorkspace,
    inferenceRouterTls: { cname: "scoring.contoso.internal", secretName: "azureml-fe-tls" },
    diskEncryptionKey: diskKey,
    ...extra,
  };
}
