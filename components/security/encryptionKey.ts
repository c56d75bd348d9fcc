import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import {
  afterResource,
  azureContext,
  createRoleAssignments,
  CustomerManagedKeyArgs,
  defaultName,
  DiskEncryptionKeyArgs,
  InputValidator,
  keyVaultUri,
  knownResourceId,
  mergeTags,
  nameProblem,
  parseResourceId,
  resourceIdProblem,
  statefulOptions,
  Tags,
  tagProblems,
} from "../common";
import { durationDays } from "../../policies/facts/isoDuration";

export interface EncryptionKeyArgs {
  /** Required. The resource group for the identity this component creates. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** Required. The `Microsoft.KeyVault/vaults` ID; `KeyVault.resourceId` fits. The vault needs purge protection. */
  keyVaultResourceId: pulumi.Input<string>;
  /** @default `cmk-<name>` */
  keyName?: string;
  /**
   * `"RSA-HSM"` generates and keeps the key in the vault's hardware security modules and needs a
   * premium vault (`KeyVault`'s default). `"RSA"` is a software-protected key, for a standard
   * vault; the pack's `key-vault-key-hsm-backed` reports it. Storage, container registries, Azure
   * ML, Azure OpenAI and disk encryption sets take either. It cannot change after creation.
   * @default "RSA-HSM"
   */
  keyType?: "RSA-HSM" | "RSA";
  /**
   * RSA modulus length. 3072 or 4096 bits for storage, container registries, Azure ML and disk
   * encryption sets; 2048 only for a key that Azure AI services (Azure OpenAI) use, which accept
   * no other size (the pack accepts 2048 bits only on such a key).
   * @default 3072
   */
  keySize?: 2048 | 3072 | 4096;
  /** ISO 8601 duration after creation at which Key Vault rotates the key. @default "P1Y" */
  rotateAfter?: string;
  /** ISO 8601 lifetime of each key version; must exceed `rotateAfter`. @default "P2Y" */
  expiresAfter?: string;
  /**
   * A `Microsoft.ManagedIdentity/userAssignedIdentities` ID to grant access instead of creating
   * an identity. It is still granted the role on the vault.
   * @default - an identity `id-<name>` is created
   */
  userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Conditional: the brought identity's principal (object) ID; required with `userAssignedIdentityResourceId`. */
  userAssignedIdentityPrincipalId?: pulumi.Input<string>;
  /** @default {} */
  tags?: Tags;
  /** Protects the key from deletion by Pulumi. @default true */
  protect?: boolean;
}

/**
 * An HSM-protected RSA key for customer-managed encryption, rotated by Key Vault before it
 * expires, and a user-assigned identity allowed to use it ("Key Vault Crypto Service Encryption
 * User" on the vault). Pass `customerManagedKey` to CMK consumers and `diskEncryptionKey` to an
 * AKS cluster's disk encryption set.
 */
export class EncryptionKey extends pulumi.ComponentResource {
  public readonly keyName: pulumi.Output<string>;
  public readonly keyResourceId: pulumi.Output<string>;
  /** The versionless key URI, so consumers follow rotation. */
  public readonly keyUri: pulumi.Output<string>;
  public readonly identityResourceId: pulumi.Output<string>;
  /** Undefined when the identity was brought. */
  public readonly identityPrincipalId: pulumi.Output<string> | undefined;
  public readonly identityClientId: pulumi.Output<string> | undefined;
  /** Everything a CMK consumer needs. Its identity ID waits for the role grant, so consumers do too. */
  public readonly customerManagedKey: CustomerManagedKeyArgs;
  /**
   * What a disk encryption set needs: the same key and identity, with the key's first version
   * (the set then follows rotation itself). The version is unknown until the key exists.
   */
  public readonly diskEncryptionKey: DiskEncryptionKeyArgs;

  constructor(name: string, args: EncryptionKeyArgs, opts?: pulumi.ComponentResourceOptions) {
    super("ailz:security:EncryptionKey", name, {}, opts);
    validate(name, args);

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const vault = pulumi.output(args.keyVaultResourceId).apply((id) => parseResourceId(id));
    const vaultName = vault.apply((p) => p?.name ?? "");
    const vaultGroup = vault.apply((p) => p?.resourceGroupName ?? "");
    const keyName = args.keyName ?? defaultName("key", name);
    const expiresAfter = args.expiresAfter ?? "P2Y";

    const key = new keyvault.Key(
      `${name}-key`,
      {
        resourceGroupName: vaultGroup,
        vaultName,
        keyName,
        properties: {
          kty: args.keyType ?? "RSA-HSM",
          keySize: args.keySize ?? 3072,
          keyOps: ["wrapKey", "unwrapKey"],
          attributes: {
            enabled: true,
            exportable: false,
            expires: Math.floor(Date.now() / 1000) + durationDays(expiresAfter)! * 86400,
          },
          rotationPolicy: {
            attributes: { expiryTime: expiresAfter },
            lifetimeActions: [
              {
                trigger: { timeAfterCreate: args.rotateAfter ?? "P1Y" },
                action: { type: "rotate" },
              },
              { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
            ],
          },
        },
        tags,
      },
      // The first version's expiry is fixed at creation; later versions take the rotation
      // policy's expiryTime, so the clock-derived value must not cause a diff on every run.
      statefulOptions(this, args.protect, { ignoreChanges: ["properties.attributes.expires"] }),
    );

    let identityId: pulumi.Output<string>;
    let principalId: pulumi.Output<string>;
    if (args.userAssignedIdentityResourceId !== undefined) {
      identityId = pulumi.output(args.userAssignedIdentityResourceId);
      principalId = pulumi.output(args.userAssignedIdentityPrincipalId!);
      this.identityPrincipalId = undefined;
      this.identityClientId = undefined;
    } else {
      const identityName = defaultName("userAssignedIdentity", name);
      const identity = new managedidentity.UserAssignedIdentity(
        `${name}-identity`,
        {
          resourceGroupName: args.resourceGroupName,
          location: args.location,
          resourceName: identityName,
          tags,
        },
        { parent: this },
      );
      identityId = knownResourceId(
        identity,
        subscriptionId,
        args.resourceGroupName,
        "Microsoft.ManagedIdentity/userAssignedIdentities",
        identityName,
      );
      principalId = identity.principalId;
      this.identityPrincipalId = identity.principalId;
      this.identityClientId = identity.clientId;
    }

    const [grant] = createRoleAssignments(
      name,
      "vault",
      args.keyVaultResourceId,
      [
        {
          roleDefinitionIdOrName: "Key Vault Crypto Service Encryption User",
          principalId,
          principalType: "ServicePrincipal",
          key: "cmk-identity",
        },
      ],
      { parent: this },
    );

    this.keyName = pulumi.output(keyName);
    this.keyResourceId = knownResourceId(
      key,
      subscriptionId,
      vaultGroup,
      "Microsoft.KeyVault/vaults/keys",
      vaultName,
      keyName,
    );
    this.keyUri = pulumi.interpolate`${keyVaultUri(args.keyVaultResourceId)}keys/${keyName}`;
    this.identityResourceId = identityId;
    this.customerManagedKey = {
      keyVaultResourceId: afterResource(key, args.keyVaultResourceId),
      keyName: this.keyName,
      userAssignedIdentityResourceId: afterResource(grant, identityId),
      userAssignedIdentityClientId: this.identityClientId,
      keySize: args.keySize ?? 3072,
    };
    this.diskEncryptionKey = {
      keyVaultResourceId: this.customerManagedKey.keyVaultResourceId,
      keyUrlWithVersion: key.keyUriWithVersion,
      userAssignedIdentityResourceId: this.customerManagedKey.userAssignedIdentityResourceId,
    };
    this.registerOutputs({
      keyName: this.keyName,
      keyResourceId: this.keyResourceId,
      keyUri: this.keyUri,
      identityResourceId: this.identityResourceId,
    });
  }
}

function validate(name: string, args: EncryptionKeyArgs): void {
  const v = new InputValidator("ailz:security:EncryptionKey", name);
  v.report(
    "keyVaultResourceId",
    resourceIdProblem(args.keyVaultResourceId, "Microsoft.KeyVault/vaults"),
  );
  v.report(
    "userAssignedIdentityResourceId",
    resourceIdProblem(
      args.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
  if (args.keyName !== undefined) v.report("keyName", nameProblem("key", args.keyName));
  v.check(
    args.keyType === undefined || args.keyType === "RSA-HSM" || args.keyType === "RSA",
    "keyType",
    `"${args.keyType}" is not allowed: use RSA-HSM (a premium vault) or RSA (a standard vault)`,
  );
  v.check(
    args.keySize === undefined || [2048, 3072, 4096].includes(args.keySize),
    "keySize",
    `${args.keySize} is not allowed: use 3072 or 4096, or 2048 for a key only Azure AI services use`,
  );
  const rotate = durationDays(args.rotateAfter ?? "P1Y");
  const expire = durationDays(args.expiresAfter ?? "P2Y");
  v.check(
    rotate !== undefined,
    "rotateAfter",
    `"${args.rotateAfter}" is not an ISO 8601 duration such as P90D or P1Y`,
  );
  v.check(
    expire !== undefined,
    "expiresAfter",
    `"${args.expiresAfter}" is not an ISO 8601 duration such as P2Y`,
  );
  if (rotate !== undefined && expire !== undefined) {
    v.check(
      rotate + 30 <= expire,
      "rotateAfter",
      `${args.rotateAfter ?? "P1Y"} must come at least 30 days before expiresAfter (${args.expiresAfter ?? "P2Y"}), so each version rotates before it expires`,
    );
  }
  v.check(
    (args.userAssignedIdentityResourceId === undefined) ===
      (args.userAssignedIdentityPrincipalId === undefined),
    "userAssignedIdentityPrincipalId",
    "goes together with userAssignedIdentityResourceId: set both to bring an identity, or neither to create one",
  );
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}
