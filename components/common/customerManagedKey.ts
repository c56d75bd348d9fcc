import * as pulumi from "@pulumi/pulumi";
import { InputValidator } from "./validation";
import { resourceIdProblem } from "./resourceId";

/**
 * A customer-managed key for encryption at rest (AVM `customerManagedKey`). The `EncryptionKey`
 * component exposes one ready to pass (`encryptionKey.customerManagedKey`).
 */
export interface CustomerManagedKeyArgs {
  /** Required. The `Microsoft.KeyVault/vaults` resource ID holding the key. */
  keyVaultResourceId: pulumi.Input<string>;
  /** Required. The key's name in the vault. */
  keyName: pulumi.Input<string>;
  /**
   * A fixed key version. Leave it out so services follow the key's rotation automatically.
   * @default - the latest version, with auto-rotation
   */
  keyVersion?: pulumi.Input<string>;
  /**
   * Required. The `Microsoft.ManagedIdentity/userAssignedIdentities` resource ID that reads the key;
   * it needs "Key Vault Crypto Service Encryption User" on the vault.
   */
  userAssignedIdentityResourceId: pulumi.Input<string>;
  /** The client ID of that identity, for services that address identities by client ID. */
  userAssignedIdentityClientId?: pulumi.Input<string>;
}

/**
 * The vault's URI, derived from its resource ID. Azure's public-cloud vault URIs are
 * `https://<name>.vault.azure.net/`; deriving it from the known ID, rather than reading the
 * vault's `vaultUri` output, keeps CMK settings known during `pulumi preview`.
 */
export function keyVaultUri(keyVaultResourceId: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi
    .output(keyVaultResourceId)
    .apply((id) => `https://${id.split("/").pop()}.vault.azure.net/`);
}

/** The key's versionless URI, for services (Azure ML, Azure OpenAI) that take a key identifier. */
export function keyIdentifier(cmk: CustomerManagedKeyArgs): pulumi.Output<string> {
  return pulumi
    .all([keyVaultUri(cmk.keyVaultResourceId), cmk.keyName, cmk.keyVersion])
    .apply(([vault, key, version]) => `${vault}keys/${key}${version ? `/${version}` : ""}`);
}

export function validateCustomerManagedKey(
  v: InputValidator,
  path: string,
  cmk: CustomerManagedKeyArgs | undefined,
): void {
  if (!cmk) return;
  v.report(
    `${path}.keyVaultResourceId`,
    resourceIdProblem(cmk.keyVaultResourceId, "Microsoft.KeyVault/vaults"),
  );
  v.report(
    `${path}.userAssignedIdentityResourceId`,
    resourceIdProblem(
      cmk.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
}
