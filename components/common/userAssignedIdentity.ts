import * as pulumi from "@pulumi/pulumi";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { defaultName } from "./naming";
import { knownResourceId, resourceIdProblem } from "./resourceId";
import { Tags } from "./tags";
import { InputValidator } from "./validation";

/** A user-assigned identity the caller brings instead of letting the component create one. */
export interface BroughtIdentityArgs {
  /**
   * A `Microsoft.ManagedIdentity/userAssignedIdentities` ID to use instead of creating an
   * identity. It is still granted the roles the component grants its own.
   * @default - an identity is created
   */
  userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Conditional: the brought identity's principal (object) ID; required with `userAssignedIdentityResourceId`. */
  userAssignedIdentityPrincipalId?: pulumi.Input<string>;
}

/** A component's user-assigned identity, created or brought. */
export interface UserAssignedIdentityRef {
  /** Known during preview when created here (composed from known names). */
  resourceId: pulumi.Output<string>;
  principalId: pulumi.Output<string>;
  /** Undefined when the identity was brought. */
  clientId: pulumi.Output<string> | undefined;
  /** The identity created here; undefined when brought. */
  identity: managedidentity.UserAssignedIdentity | undefined;
}

/** Where a created identity goes: its group and region, and the base of its `id-<base>` name. */
export interface IdentityPlacement {
  resourceGroupName: pulumi.Input<string>;
  location?: pulumi.Input<string>;
  subscriptionId: pulumi.Input<string>;
  /** @default the component name */
  nameBase?: string;
  tags: Tags;
}

/** The bring-an-identity arguments: a well-formed ID, and its principal ID with it. */
export function validateBroughtIdentity(v: InputValidator, args: BroughtIdentityArgs): void {
  v.report(
    "userAssignedIdentityResourceId",
    resourceIdProblem(
      args.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
  v.check(
    (args.userAssignedIdentityResourceId === undefined) ===
      (args.userAssignedIdentityPrincipalId === undefined),
    "userAssignedIdentityPrincipalId",
    "goes together with userAssignedIdentityResourceId: set both to bring an identity, or neither to create one",
  );
}

/**
 * The identity `args` brings, or a new `<component>-identity` named `id-<base>` in `args`' group
 * and region, whose ID is composed from known names (so it stays known during preview). Pass the
 * component's arguments with the subscription and the merged tags: `{ ...args, subscriptionId,
 * tags }`. Validate first with `validateBroughtIdentity`.
 */
export function bringOrCreateIdentity(
  componentName: string,
  args: BroughtIdentityArgs & IdentityPlacement,
  parent: pulumi.Resource,
): UserAssignedIdentityRef {
  if (args.userAssignedIdentityResourceId !== undefined) {
    return {
      resourceId: pulumi.output(args.userAssignedIdentityResourceId),
      principalId: pulumi.output(args.userAssignedIdentityPrincipalId!),
      clientId: undefined,
      identity: undefined,
    };
  }
  return createIdentity(componentName, args, parent);
}

/** A new user-assigned identity `<component>-identity`, named `id-<base>`; see `bringOrCreateIdentity`. */
export function createIdentity(
  componentName: string,
  placement: IdentityPlacement,
  parent: pulumi.Resource,
): UserAssignedIdentityRef & { identity: managedidentity.UserAssignedIdentity } {
  const identityName = defaultName("userAssignedIdentity", placement.nameBase ?? componentName);
  const identity = new managedidentity.UserAssignedIdentity(
    `${componentName}-identity`,
    {
      resourceGroupName: placement.resourceGroupName,
      location: placement.location,
      resourceName: identityName,
      tags: placement.tags,
    },
    { parent },
  );
  return {
    resourceId: knownResourceId(
      identity,
      placement.subscriptionId,
      placement.resourceGroupName,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
      identityName,
    ),
    principalId: identity.principalId,
    clientId: identity.clientId,
    identity,
  };
}
