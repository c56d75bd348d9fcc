import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";

/**
 * The tenant and subscription the provider deploys into. Invokes run during `pulumi preview`
 * too, so IDs composed from these stay known at preview.
 */
export interface AzureContext {
  tenantId: pulumi.Output<string>;
  subscriptionId: pulumi.Output<string>;
}

export function azureContext(parent: pulumi.Resource): AzureContext {
  const config = authorization.getClientConfigOutput({ parent });
  return { tenantId: config.tenantId, subscriptionId: config.subscriptionId };
}
