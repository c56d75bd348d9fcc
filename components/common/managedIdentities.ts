import * as pulumi from "@pulumi/pulumi";

/** The managed identities of a resource (AVM `managedIdentities`). */
export interface ManagedIdentitiesArgs {
  /** @default - depends on the component; see its argument docs */
  systemAssigned?: boolean;
  /** `Microsoft.ManagedIdentity/userAssignedIdentities` IDs. @default [] */
  userAssignedResourceIds?: pulumi.Input<string>[];
}

/** The ARM `identity` block: the narrowest `type` that covers the identities asked for. */
export interface IdentityBlock {
  type: "None" | "SystemAssigned" | "UserAssigned" | "SystemAssigned,UserAssigned";
  userAssignedIdentities?: pulumi.Input<string>[];
}

/**
 * Renders the identity block. `extraUserAssigned` are identities the component itself needs
 * (for example the CMK identity), merged into the caller's set without duplicates.
 */
export function renderIdentity(
  identities: ManagedIdentitiesArgs | undefined,
  ...extraUserAssigned: pulumi.Input<string>[]
): IdentityBlock {
  const user = [...(identities?.userAssignedResourceIds ?? [])];
  for (const extra of extraUserAssigned) if (!user.includes(extra)) user.push(extra);
  const system = identities?.systemAssigned === true;
  if (system && user.length > 0)
    return { type: "SystemAssigned,UserAssigned", userAssignedIdentities: user };
  if (system) return { type: "SystemAssigned" };
  if (user.length > 0) return { type: "UserAssigned", userAssignedIdentities: user };
  return { type: "None" };
}
