import * as assert from "assert";
import { EncryptionKey, EncryptionKeyArgs } from "../../../components/security";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, ids, rg } from "../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  settle,
  unwrap,
  useMocks,
} from "../../helpers/mocks";

const args = (extra: Partial<EncryptionKeyArgs> = {}): EncryptionKeyArgs => ({
  resourceGroupName: rg,
  keyVaultResourceId: ids.vault,
  ...extra,
});

const cryptoServiceEncryptionUser =
  "/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6";

describe("EncryptionKey", () => {
  const mocks = mocksPerSpec();

  describe("with defaults", () => {
    let key: EncryptionKey;
    const recorder = new OptionsRecorder();
    const before = Math.floor(Date.now() / 1000);
    beforeEach(async () => {
      key = new EncryptionKey("data", args({ tags: { owner: "platform" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("is a 3072-bit, non-exportable, HSM-protected RSA key that rotates yearly and expires after two years", () => {
      const k = mocks.one("azure-native:keyvault:Key");
      assert.deepStrictEqual(
        [k.inputs.resourceGroupName, k.inputs.vaultName, k.inputs.keyName],
        [rg, "kv-ailz", "cmk-data"],
      );
      const { attributes, ...props } = k.inputs.properties;
      assert.deepStrictEqual(props, {
        kty: "RSA-HSM",
        keySize: 3072,
        keyOps: ["wrapKey", "unwrapKey"],
        rotationPolicy: {
          attributes: { expiryTime: "P2Y" },
          lifetimeActions: [
            { trigger: { timeAfterCreate: "P1Y" }, action: { type: "rotate" } },
            { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
          ],
        },
      });
      assert.strictEqual(attributes.enabled, true);
      assert.strictEqual(attributes.exportable, false);
      const twoYears = 730 * 86400;
      assert.ok(
        attributes.expires >= before + twoYears && attributes.expires <= before + twoYears + 600,
      );
    });

    it("is protected, and its clock-derived expiry never causes a diff", () => {
      assert.strictEqual(recorder.protected("azure-native:keyvault:Key", "data-key"), true);
      const opts = recorder.options.get("azure-native:keyvault:Key::data-key")!;
      assert.deepStrictEqual(opts.ignoreChanges, ["properties.attributes.expires"]);
    });

    it("creates an identity and grants it Key Vault Crypto Service Encryption User on the vault", async () => {
      const identity = mocks.one("azure-native:managedidentity:UserAssignedIdentity");
      assert.deepStrictEqual(identity.inputs, {
        resourceGroupName: rg,
        resourceName: "id-data",
        tags: { owner: "platform" },
      });
      const grant = mocks.one("azure-native:authorization:RoleAssignment");
      assert.deepStrictEqual(
        [
          grant.inputs.scope,
          grant.inputs.roleDefinitionId,
          grant.inputs.principalType,
          grant.inputs.principalId,
        ],
        [
          ids.vault,
          cryptoServiceEncryptionUser,
          "ServicePrincipal",
          await unwrap(key.identityPrincipalId!),
        ],
      );
    });

    it("hands consumers a versionless customer-managed key", async () => {
      const cmk = key.customerManagedKey;
      assert.strictEqual(await unwrap(cmk.keyVaultResourceId), ids.vault);
      assert.strictEqual(await unwrap(cmk.keyName), "cmk-data");
      assert.strictEqual(cmk.keyVersion, undefined);
      assert.strictEqual(
        await unwrap(cmk.userAssignedIdentityResourceId),
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-data`,
      );
      assert.strictEqual(await unwrap(key.keyUri), "https://kv-ailz.vault.azure.net/keys/cmk-data");
      assert.strictEqual(await unwrap(key.keyResourceId), `${ids.vault}/keys/cmk-data`);
    });

    it("hands a disk encryption set the same key and identity, with the key's first version", async () => {
      const des = key.diskEncryptionKey;
      assert.strictEqual(await unwrap(des.keyVaultResourceId), ids.vault);
      assert.match(
        await unwrap(des.keyUrlWithVersion),
        /^https:\/\/kv-ailz\.vault\.azure\.net\/keys\/cmk-data\/[0-9a-f]{32}$/,
      );
      assert.strictEqual(
        await unwrap(des.userAssignedIdentityResourceId),
        `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-data`,
      );
    });
  });

  it('takes a software-protected key for a standard vault with keyType "RSA"', async () => {
    new EncryptionKey("soft", args({ keyType: "RSA" }));
    await settle();
    assert.strictEqual(mocks.one("azure-native:keyvault:Key").inputs.properties.kty, "RSA");
  });

  it("makes a 2048-bit key for Azure AI services and tells consumers its size", async () => {
    const key = new EncryptionKey("ai", args({ keySize: 2048 }));
    await settle();
    const made = mocks.ofType("azure-native:keyvault:Key").find((k) => k.name === "ai-key");
    assert.strictEqual(made?.inputs.properties.keySize, 2048);
    assert.strictEqual(key.customerManagedKey.keySize, 2048);
  });

  it("grants a brought identity instead of creating one", async () => {
    const key = new EncryptionKey(
      "byo",
      args({
        userAssignedIdentityResourceId: ids.identity,
        userAssignedIdentityPrincipalId: "22222222-2222-2222-2222-222222222222",
        keySize: 4096,
      }),
    );
    await settle();
    assert.strictEqual(mocks.ofType("azure-native:managedidentity:UserAssignedIdentity").length, 0);
    assert.strictEqual(
      mocks.one("azure-native:authorization:RoleAssignment").inputs.principalId,
      "22222222-2222-2222-2222-222222222222",
    );
    assert.strictEqual(mocks.one("azure-native:keyvault:Key").inputs.properties.keySize, 4096);
    assert.strictEqual(
      await unwrap(key.customerManagedKey.userAssignedIdentityResourceId),
      ids.identity,
    );
  });

  describe("rejects bad input", () => {
    it("a key type other than RSA-HSM or RSA, a key size Azure does not offer and a bad key name", () =>
      assertInputErrors(
        () =>
          new EncryptionKey(
            "b1",
            args({ keySize: 1024 as never, keyName: "cmk_1", keyType: "EC-HSM" as never }),
          ),
        [
          {
            propertyPath: "keyType",
            reason:
              '"EC-HSM" is not allowed: use RSA-HSM (a premium vault) or RSA (a standard vault)',
          },
          {
            propertyPath: "keySize",
            reason:
              "1024 is not allowed: use 3072 or 4096, or 2048 for a key only Azure AI services use",
          },
          { propertyPath: "keyName", reason: '"cmk_1" is not a valid name' },
        ],
      ));

    it("a wrong resource-ID type for the vault and the identity", () =>
      assertInputErrors(
        () =>
          new EncryptionKey(
            "b2",
            args({
              keyVaultResourceId: ids.identity,
              userAssignedIdentityResourceId: ids.vault,
              userAssignedIdentityPrincipalId: "p",
            }),
          ),
        [
          { propertyPath: "keyVaultResourceId", reason: "expected a Microsoft.KeyVault/vaults ID" },
          {
            propertyPath: "userAssignedIdentityResourceId",
            reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
          },
        ],
      ));

    it("rotation that does not come before expiry, and malformed durations", () => {
      assertInputErrors(
        () => new EncryptionKey("b3", args({ rotateAfter: "P2Y", expiresAfter: "P2Y" })),
        [{ propertyPath: "rotateAfter", reason: "must come at least 30 days before expiresAfter" }],
      );
      assertInputErrors(
        () => new EncryptionKey("b4", args({ rotateAfter: "1 year", expiresAfter: "P" })),
        [
          { propertyPath: "rotateAfter", reason: '"1 year" is not an ISO 8601 duration' },
          { propertyPath: "expiresAfter", reason: '"P" is not an ISO 8601 duration' },
        ],
      );
    });

    it("an identity ID without its principal ID (conflicting arguments)", () =>
      assertInputErrors(
        () => new EncryptionKey("b5", args({ userAssignedIdentityResourceId: ids.identity })),
        [
          {
            propertyPath: "userAssignedIdentityPrincipalId",
            reason: "goes together with userAssignedIdentityResourceId",
          },
        ],
      ));
  });

  describe("during preview", () => {
    before(async () => {
      await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the CMK settings consumers build encryption from", async () => {
      const key = new EncryptionKey("pv", args());
      await settle();
      assert.strictEqual(await isKnown(key.customerManagedKey.keyVaultResourceId), true);
      assert.strictEqual(await isKnown(key.customerManagedKey.keyName), true);
      assert.strictEqual(
        await isKnown(key.customerManagedKey.userAssignedIdentityResourceId),
        true,
      );
      assert.strictEqual(await isKnown(key.keyUri), true);
      // The principal exists only after deployment, as in a real first preview.
      assert.strictEqual(await isKnown(key.identityPrincipalId!), false);
    });
  });
});
