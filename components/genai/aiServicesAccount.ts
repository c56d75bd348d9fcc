import {
  CustomerManagedKeyArgs,
  fqdnPattern,
  InputValidator,
  keyVaultUri,
  validateCustomerManagedKey,
} from "../common";

/**
 * Checks the customer-managed key of an Azure AI services account: required, well-formed, with
 * the identity's client ID, and 2048 bits when the size is known (the only size the service
 * accepts; see docs/decisions.md).
 */
export function validateAiServicesKey(
  v: InputValidator,
  path: string,
  cmk: CustomerManagedKeyArgs | undefined,
): void {
  if (cmk === undefined) {
    v.fail(path, "is required: pass EncryptionKey.customerManagedKey or your own key and identity");
    return;
  }
  validateCustomerManagedKey(v, path, cmk);
  v.check(
    cmk.userAssignedIdentityClientId !== undefined,
    `${path}.userAssignedIdentityClientId`,
    "is required: Azure AI services find the key's identity by its client ID",
  );
  v.check(
    cmk.keySize === undefined || cmk.keySize === 2048,
    `${path}.keySize`,
    `is ${cmk.keySize}: Azure AI services accept only 2048-bit RSA keys (an EncryptionKey with keySize: 2048)`,
  );
}

/** The account's `encryption` block for a customer-managed key (vault URI from the vault's ID). */
export function aiServicesEncryption(cmk: CustomerManagedKeyArgs) {
  return {
    keySource: "Microsoft.KeyVault",
    keyVaultProperties: {
      keyVaultUri: keyVaultUri(cmk.keyVaultResourceId),
      keyName: cmk.keyName,
      keyVersion: cmk.keyVersion,
      identityClientId: cmk.userAssignedIdentityClientId,
    },
  };
}

/** Checks the outbound restriction opt-out and its FQDN list. */
export function validateOutboundAccess(
  v: InputValidator,
  args: { restrictOutboundNetworkAccess?: boolean; allowedFqdnList?: string[] },
): void {
  v.check(
    args.allowedFqdnList === undefined || args.restrictOutboundNetworkAccess !== false,
    "allowedFqdnList",
    "applies only while restrictOutboundNetworkAccess is true; without the restriction every destination is allowed",
  );
  (args.allowedFqdnList ?? []).forEach((fqdn, i) =>
    v.check(
      fqdnPattern.test(fqdn),
      `allowedFqdnList[${i}]`,
      `"${fqdn}" is not a fully qualified domain name`,
    ),
  );
}
