import * as pulumi from "@pulumi/pulumi";
import {
  createDiagnosticSettings,
  createRoleAssignments,
  CustomerManagedKeyArgs,
  PrivateEndpointOutput,
  Tags,
} from "../common";
import { createMonitoringWorkspace } from "../monitoring/monitoringWorkspace";
import { EncryptionKey, KeyVault } from "../security";
import { CmkStorageAccount } from "../storage";
import { PrivateContainerRegistry } from "./containerRegistry";
import type { ResolvedPrivateMlWorkspaceArgs } from "./privateMlWorkspace";
import { DependencyScope, workspaceRoleAssignments } from "./workspaceRoles";

/** The workspace's dependencies: each brought by ID, or created hardened. */
export interface WorkspaceDependencies {
  keyVault: KeyVault | undefined;
  encryptionKey: EncryptionKey | undefined;
  storageAccount: CmkStorageAccount | undefined;
  containerRegistry: PrivateContainerRegistry | undefined;
  keyVaultId: pulumi.Output<string>;
  customerManagedKey: CustomerManagedKeyArgs;
  storageId: pulumi.Output<string>;
  registryId: pulumi.Output<string>;
  appInsightsId: pulumi.Output<string>;
  logAnalyticsWorkspaceResourceId: pulumi.Output<string> | undefined;
  /** The private endpoints of the dependencies created here. */
  privateEndpoints: PrivateEndpointOutput[];
}

/**
 * Creates the dependencies the caller did not bring. Every created one exposes an ID composed
 * from known names, so the workspace's inputs stay known during preview. Validation has made
 * sure each brought ID is there when its dependency is not created.
 */
export function createWorkspaceDependencies(
  name: string,
  args: ResolvedPrivateMlWorkspaceArgs,
  tags: Tags,
  parent: pulumi.Resource,
): WorkspaceDependencies {
  const child = { parent };
  const group = args.resourceGroupName;
  const shared = {
    resourceGroupName: group,
    location: args.location,
    privateEndpoint: args.privateEndpoint,
    diagnosticSettings: args.diagnosticSettings,
    tags,
    protect: args.protect,
  };
  const privateEndpoints: PrivateEndpointOutput[] = [];

  const keyVault =
    args.keyVaultResourceId === undefined ? new KeyVault(`${name}-kv`, shared, child) : undefined;
  const keyVaultId = keyVault?.resourceId ?? pulumi.output(args.keyVaultResourceId!);
  privateEndpoints.push(...(keyVault?.privateEndpoints ?? []));

  const encryptionKey =
    args.customerManagedKey === undefined
      ? new EncryptionKey(
          `${name}-cmk`,
          {
            resourceGroupName: group,
            location: args.location,
            keyVaultResourceId: keyVaultId,
            tags,
            protect: args.protect,
          },
          child,
        )
      : undefined;
  const cmk = args.customerManagedKey ?? encryptionKey!.customerManagedKey;

  const storageAccount =
    args.storageAccountResourceId === undefined
      ? new CmkStorageAccount(`${name}-storage`, { ...shared, customerManagedKey: cmk }, child)
      : undefined;
  const storageId = storageAccount?.resourceId ?? pulumi.output(args.storageAccountResourceId!);
  privateEndpoints.push(...(storageAccount?.privateEndpoints ?? []));

  const containerRegistry =
    args.containerRegistryResourceId === undefined
      ? new PrivateContainerRegistry(
          `${name}-registry`,
          { ...shared, customerManagedKey: cmk },
          child,
        )
      : undefined;
  const registryId =
    containerRegistry?.resourceId ?? pulumi.output(args.containerRegistryResourceId!);
  privateEndpoints.push(...(containerRegistry?.privateEndpoints ?? []));

  // Application Insights: brought, or created with the monitoring building block (a Log
  // Analytics workspace and a workspace-based, Entra-only component).
  const monitoring =
    args.applicationInsightsResourceId === undefined
      ? createMonitoringWorkspace(
          name,
          {
            ...args.monitoring,
            resourceGroupName: group,
            location: args.location,
            tags,
            protect: args.protect,
          },
          parent,
        )
      : undefined;
  const appInsightsId =
    monitoring?.applicationInsightsResourceId ?? pulumi.output(args.applicationInsightsResourceId!);
  if (monitoring !== undefined) {
    // The Log Analytics workspace's own audit trail (who queried what), with the other logs.
    createDiagnosticSettings(
      name,
      "log",
      monitoring.workspaceResourceId,
      args.diagnosticSettings,
      child,
    );
  }

  return {
    keyVault,
    encryptionKey,
    storageAccount,
    containerRegistry,
    keyVaultId,
    customerManagedKey: cmk,
    storageId,
    registryId,
    appInsightsId,
    logAnalyticsWorkspaceResourceId: monitoring?.workspaceResourceId,
    privateEndpoints,
  };
}

/**
 * The workspace identity's roles on its dependencies. Azure ML checks its access to them when it
 * creates the workspace, so the workspace waits for these grants.
 */
export function dependencyGrants(
  name: string,
  args: ResolvedPrivateMlWorkspaceArgs,
  dependencies: WorkspaceDependencies,
  principalId: pulumi.Output<string>,
  parent: pulumi.Resource,
): pulumi.Resource[] {
  if (!args.assignDependencyRoles) return [];
  const scopes: [DependencyScope, pulumi.Output<string>][] = [
    ["storage", dependencies.storageId],
    ["vault", dependencies.keyVaultId],
    ["registry", dependencies.registryId],
    ["appInsights", dependencies.appInsightsId],
  ];
  return scopes.flatMap(([scope, id]) =>
    createRoleAssignments(name, scope, id, workspaceRoleAssignments(scope, principalId), {
      parent,
    }),
  );
}
