import * as pulumi from "@pulumi/pulumi";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import * as random from "@pulumi/random";
import {
  CustomerManagedKeyArgs,
  defaultName,
  keyIdentifier,
  statefulOptions,
  Tags,
} from "../common";
import { renderOutboundRules } from "./outboundRules";
import type { ResolvedPrivateMlWorkspaceArgs } from "./privateMlWorkspace";
import type { WorkspaceDependencies } from "./workspaceDependencies";

/** What the workspace resource is built from besides its resolved arguments. */
export interface WorkspaceInputs {
  workspaceName: pulumi.Output<string>;
  /** The workspace's primary identity. */
  identityId: pulumi.Output<string>;
  dependencies: WorkspaceDependencies;
  /** The role assignments Azure ML checks when it creates the workspace. */
  grants: pulumi.Resource[];
  tags: Tags;
}

/** The caller's fixed name, or `mlw-<name>-<random>` (see `uniqueWorkspaceName`). */
export function workspaceNameOf(
  name: string,
  args: Pick<ResolvedPrivateMlWorkspaceArgs, "workspaceName">,
  parent: pulumi.Resource,
): pulumi.Output<string> {
  return args.workspaceName !== undefined
    ? pulumi.output(args.workspaceName)
    : uniqueWorkspaceName(name, parent);
}

/** The workspace: private, identity-based, CMK-encrypted, in an isolated managed network. */
export function createWorkspace(
  name: string,
  args: ResolvedPrivateMlWorkspaceArgs,
  inputs: WorkspaceInputs,
  parent: pulumi.Resource,
): machinelearningservices.Workspace {
  const { workspaceName, identityId, dependencies, grants, tags } = inputs;
  const cmk = dependencies.customerManagedKey;
  return new machinelearningservices.Workspace(
    `${name}-workspace`,
    {
      resourceGroupName: args.resourceGroupName,
      location: args.location,
      workspaceName,
      kind: "Default",
      sku: { name: "Basic", tier: "Basic" },
      friendlyName: args.friendlyName,
      description: args.description,
      identity: {
        type: "UserAssigned",
        userAssignedIdentities: userIdentities(args, identityId, cmk),
      },
      primaryUserAssignedIdentity: identityId,
      storageAccount: dependencies.storageId,
      keyVault: dependencies.keyVaultId,
      containerRegistry: dependencies.registryId,
      applicationInsights: dependencies.appInsightsId,
      publicNetworkAccess: "Disabled",
      allowPublicAccessWhenBehindVnet: false,
      // Storage keeps shared keys off: datastores authenticate with the workspace identity.
      systemDatastoresAuthMode: "Identity",
      hbiWorkspace: args.hbiWorkspace,
      // Wrapped whole by azure-native: built only from the caller's values, so it stays known
      // during preview whenever the rules' target IDs are known.
      managedNetwork: {
        isolationMode: args.isolationMode,
        outboundRules: renderOutboundRules(args.outboundRules),
        // Validation allows a SKU only with FQDN rules, and resolution sets one for them.
        firewallSku: args.firewallSku,
      },
      provisionNetworkNow: args.provisionNetworkNow,
      imageBuildCompute: args.imageBuildCompute,
      // Every value is composed from known names, so it is known during preview.
      // `keyVaultProperties.identityClientId` is left out: the API documents it as reserved for
      // future use, and a new identity's client ID is unknown until it exists.
      encryption: {
        status: "Enabled",
        keyVaultProperties: {
          keyVaultArmId: cmk.keyVaultResourceId,
          keyIdentifier: keyIdentifier(cmk),
        },
        identity: { userAssignedIdentity: cmk.userAssignedIdentityResourceId },
      },
      tags,
    },
    statefulOptions(parent, args.protect, { dependsOn: grants }),
  );
}

/** The primary identity, and the key's identity when it is another one. */
function userIdentities(
  args: Pick<ResolvedPrivateMlWorkspaceArgs, "userAssignedIdentityResourceId">,
  identityId: pulumi.Output<string>,
  cmk: CustomerManagedKeyArgs,
): pulumi.Input<string>[] {
  const identities: pulumi.Input<string>[] = [identityId];
  if (args.userAssignedIdentityResourceId !== cmk.userAssignedIdentityResourceId) {
    identities.push(pulumi.output(cmk.userAssignedIdentityResourceId));
  }
  return identities;
}

/** Characters of random suffix; with the `-` it must fit the 33-character workspace limit. */
const suffixLength = 6;

/**
 * `mlw-<name>-<random>`. The suffix lives in state and changes only when the workspace is
 * recreated, so a recreated workspace never collides with its soft-deleted predecessor.
 */
function uniqueWorkspaceName(name: string, parent: pulumi.Resource): pulumi.Output<string> {
  const suffix = new random.RandomString(
    `${name}-name-suffix`,
    { length: suffixLength, lower: true, upper: false, numeric: true, special: false },
    { parent },
  );
  const base = defaultName("mlWorkspace", name)
    .slice(0, 33 - suffixLength - 1)
    .replace(/[-_]+$/, "");
  return pulumi.interpolate`${base}-${suffix.result}`;
}
