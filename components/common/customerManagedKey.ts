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
  /**
   * The RSA key's size in bits, when known, so consumers that accept only some sizes (Azure AI
   * services take 2048 bits only) can say so before deployment. `EncryptionKey` sets it.
   * @default - unknown: not checked
   */
  keySize?: number;
}

/**
 * The key of a disk encryption set (AKS node disks). Azure needs a key version to create the set,
 * which then moves to each new version of the key on its own (`rotationToLatestKeyVersionEnabled`).
 * The `EncryptionKey` component exposes one ready to pass (`encryptionKey.diskEncryptionKey`).
 */
export interface DiskEncryptionKeyArgs {
  /** Required. The `Microsoft.KeyVault/vaults` resource ID holding the key. */
  keyVaultResourceId: pulumi.Input<string>;
  /** Required. The key's URL with a version: `https://<vault>.vault.azure.net/keys/<name>/<version>`. */
  keyUrlWithVersion: pulumi.Input<string>;
  /**
   * Required. The `Microsoft.ManagedIdentity/userAssignedIdentities` resource ID the set reads the
   * key with; it needs "Key Vault Crypto Service Encryption User" on the vault.
   */
  userAssignedIdentityResourceId: pulumi.Input<string>;
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

const VERSIONED_KEY_URL = /^https:\/\/[^/]+\/keys\/[A-Za-z0-9-]+\/[A-Za-z0-9]+$/;

export function validateDiskEncryptionKey(
  v: InputValidator,
  path: string,
  key: DiskEncryptionKeyArgs | undefined,
): void {
  if (!key) return;
  v.report(
    `${path}.keyVaultResourceId`,
    resourceIdProblem(key.keyVaultResourceId, "Microsoft.KeyVault/vaults"),
  );
  const url = key.keyUrlWithVersion;
  v.check(
    typeof url !== "string" || VERSIONED_KEY_URL.test(url),
    `${path}.keyUrlWithVersion`,
    `"${String(url)}" is not a versioned key URL: use https://<vault>.vault.azure.net/keys/<name>/<version>`,
  );
  v.report(
    `${path}.userAssignedIdentityResourceId`,
    resourceIdProblem(
      key.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
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
