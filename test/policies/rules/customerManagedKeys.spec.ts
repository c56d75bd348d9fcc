/**
 * The four customer-managed-key rules judge the key by value: a well-formed vault URI or key
 * identifier, a key name, no pinned version (configurable), and purge protection on the vault
 * when the vault is in the stack.
 */
import * as assert from "assert";
import { T, WafResourcePolicy } from "../../../policies/lib";
import { aiAccountCmkEncryption } from "../../../policies/rules/cognitiveservices/accountCmkEncryption";
import { acrCmkEncryption } from "../../../policies/rules/containerregistry/cmkEncryption";
import { amlWorkspaceCmkEncryption } from "../../../policies/rules/ml/workspaceCmkEncryption";
import { storageAccountCmkEncryption } from "../../../policies/rules/storage/accountCmkEncryption";
import {
  messages,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
} from "../../helpers/policyArgs";
import { compliantAccount } from "./cognitiveservices/fixtures";
import { compliantRegistry } from "./containerregistry/fixtures";
import { compliantWorkspace } from "./ml/fixtures";
import { storageAccount } from "./storage/fixtures";

const VERSION = "0123456789abcdef0123456789abcdef";

/** A key named by vault URI + key name (+ version): storage accounts and AI accounts. */
interface UriRule {
  rule: WafResourcePolicy;
  type: string;
  at: string;
  subject: string;
  props: (key: Record<string, unknown>) => Record<string, unknown>;
}

const uriRules: UriRule[] = [
  {
    rule: storageAccountCmkEncryption,
    type: T.storageAccount,
    at: "encryption.keyVaultProperties",
    subject: "account",
    props: (key) => ({
      ...storageAccount(),
      encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: key },
    }),
  },
  {
    rule: aiAccountCmkEncryption,
    type: T.aiAccount,
    at: "properties.encryption.keyVaultProperties",
    subject: "account",
    props: (key) => {
      const account = compliantAccount();
      account.properties.encryption.keyVaultProperties = key;
      return account;
    },
  },
];

/** A key named by key identifier: AML workspaces and container registries. */
interface IdentifierRule {
  rule: WafResourcePolicy;
  type: string;
  subject: string;
  props: (keyIdentifier: unknown) => Record<string, unknown>;
}

const VAULT_ID = "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai";

const identifierRules: IdentifierRule[] = [
  {
    rule: amlWorkspaceCmkEncryption,
    type: T.mlWorkspace,
    subject: "workspace",
    props: (keyIdentifier) => ({
      ...compliantWorkspace(),
      encryption: {
        status: "Enabled",
        keyVaultProperties: { keyVaultArmId: VAULT_ID, keyIdentifier },
      },
    }),
  },
  {
    rule: acrCmkEncryption,
    type: T.registry,
    subject: "registry",
    props: (keyIdentifier) => ({
      ...compliantRegistry(),
      encryption: { status: "enabled", keyVaultProperties: { keyIdentifier, identity: "id" } },
    }),
  },
];

const goodKey = { keyVaultUri: "https://kv-ai.vault.azure.net/", keyName: "cmk" };

describe("customer-managed key rules judge the key by value", () => {
  for (const { rule, type, at, subject, props } of uriRules) {
    describe(rule.name, () => {
      const run = (key: Record<string, unknown>, config?: Record<string, unknown>) =>
        runResourcePolicy(rule, type, props(key), { config });

      it("passes a versionless key in a vault URI with or without the trailing slash, in any cloud", () => {
        for (const keyVaultUri of [
          "https://kv-ai.vault.azure.net/",
          "https://kv-ai.vault.azure.net",
          "https://KV-AI.vault.azure.cn/",
          "https://hsm-ai.managedhsm.azure.net/",
        ]) {
          assert.deepStrictEqual(messages(run({ keyVaultUri, keyName: "cmk" })), [], keyVaultUri);
        }
        assert.deepStrictEqual(messages(run({ ...goodKey, keyVersion: "" })), []);
        assert.deepStrictEqual(messages(run({ ...goodKey, keyVersion: null })), []);
      });

      it("reports a malformed vault URI and key name", () => {
        assert.deepStrictEqual(
          messages(run({ keyVaultUri: "http://kv-ai.vault.azure.net/", keyName: "my key" })),
          [
            `${at}.keyVaultUri must be the vault's URI; it is 'http://kv-ai.vault.azure.net/', not a vault URI such as https://<vault>.vault.azure.net/.`,
            `${at}.keyName must name the key; it is 'my key', not a key name (letters, digits, hyphens).`,
          ],
        );
        assert.deepStrictEqual(
          messages(run({ keyVaultUri: "https://kv-ai.example.com/", keyName: "cmk" })),
          [
            `${at}.keyVaultUri must be the vault's URI; it is 'https://kv-ai.example.com/', not a vault URI such as https://<vault>.vault.azure.net/.`,
          ],
        );
      });

      it("reports a missing, null or wrongly typed vault URI and key name", () => {
        const missing = [
          `${at}.keyVaultUri must be the vault's URI; it is not set.`,
          `${at}.keyName must name the key; it is not set.`,
        ];
        assert.deepStrictEqual(messages(run({})), missing);
        assert.deepStrictEqual(messages(run({ keyVaultUri: null, keyName: null })), missing);
        assert.deepStrictEqual(messages(run({ keyVaultUri: 42, keyName: true })), missing);
      });

      it(`reports a pinned key version, as advisory, unless the ${subject}'s config allows it`, () => {
        const result = run({ ...goodKey, keyVersion: VERSION });
        assert.deepStrictEqual(messages(result), [
          `${at}.keyVersion pins version '${VERSION}'; leave it out so the account follows the key's rotation.`,
        ]);
        assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
        assert.deepStrictEqual(
          messages(run({ ...goodKey, keyVersion: VERSION }, { requireVersionlessKey: false })),
          [],
        );
      });
    });
  }

  for (const { rule, type, subject, props } of identifierRules) {
    describe(rule.name, () => {
      const at = "encryption.keyVaultProperties.keyIdentifier";
      const run = (keyIdentifier: unknown, config?: Record<string, unknown>) =>
        runResourcePolicy(rule, type, props(keyIdentifier), { config });

      it("passes a versionless key identifier", () =>
        assert.deepStrictEqual(messages(run("https://kv-ai.vault.azure.net/keys/cmk")), []));

      it("reports a malformed, missing, null or wrongly typed key identifier", () => {
        const expected: [unknown, string][] = [
          [
            "https://kv-ai.vault.azure.net/secrets/cmk",
            "it is 'https://kv-ai.vault.azure.net/secrets/cmk', not a key identifier such as https://<vault>.vault.azure.net/keys/<key>",
          ],
          [
            "https://kv-ai.vault.azure.net/keys/cmk/1",
            "it is 'https://kv-ai.vault.azure.net/keys/cmk/1', whose version '1' is not a key version",
          ],
          [undefined, "it is not set"],
          [null, "it is not set"],
          [7, "it is not set"],
        ];
        for (const [value, problem] of expected) {
          assert.deepStrictEqual(
            messages(run(value)),
            [`${at} must be the key's URI; ${problem}.`],
            String(value),
          );
        }
      });

      it(`reports a pinned key version, unless the ${subject}'s config allows it`, () => {
        const pinned = `https://kv-ai.vault.azure.net/keys/cmk/${VERSION}`;
        assert.deepStrictEqual(messages(run(pinned)), [
          `${at} pins version '${VERSION}'; end it at the key name so the ${subject} follows the key's rotation.`,
        ]);
        assert.deepStrictEqual(messages(run(pinned, { requireVersionlessKey: false })), []);
      });
    });
  }

  it("aml-workspace-cmk-encryption reports a key identifier and vault ID that name different vaults", () => {
    const props = {
      ...compliantWorkspace(),
      encryption: {
        status: "Enabled",
        keyVaultProperties: {
          keyVaultArmId: VAULT_ID.replace("kv-ai", "kv-other"),
          keyIdentifier: "https://kv-ai.vault.azure.net/keys/cmk",
        },
      },
    };
    assert.deepStrictEqual(
      messages(runResourcePolicy(amlWorkspaceCmkEncryption, T.mlWorkspace, props)),
      [
        "encryption.keyVaultProperties.keyIdentifier is a key in the vault 'kv-ai' but keyVaultArmId names 'kv-other'; name the same vault in both.",
      ],
    );
  });

  describe("the vault, when it is in the stack, has purge protection", () => {
    const vault = (enablePurgeProtection: unknown) =>
      stackResource(T.vault, "kv", {
        resourceGroupName: "rg-ai",
        vaultName: "KV-AI",
        properties: { tenantId: "t", sku: { family: "A", name: "premium" }, enablePurgeProtection },
      });
    const consumers: [WafResourcePolicy, string, Record<string, unknown>, string][] = [
      [
        storageAccountCmkEncryption,
        T.storageAccount,
        uriRules[0].props(goodKey),
        "encryption.keyVaultProperties.keyVaultUri",
      ],
      [
        aiAccountCmkEncryption,
        T.aiAccount,
        uriRules[1].props(goodKey),
        "properties.encryption.keyVaultProperties.keyVaultUri",
      ],
      [
        amlWorkspaceCmkEncryption,
        T.mlWorkspace,
        identifierRules[0].props("https://kv-ai.vault.azure.net/keys/cmk"),
        "encryption.keyVaultProperties.keyIdentifier",
      ],
      [
        acrCmkEncryption,
        T.registry,
        identifierRules[1].props("https://kv-ai.vault.azure.net/keys/cmk"),
        "encryption.keyVaultProperties.keyIdentifier",
      ],
    ];
    for (const [rule, type, props, at] of consumers) {
      it(`${rule.name}: reports a key in a vault without purge protection, attached to the consumer`, () => {
        const consumer = stackResource(type, "consumer", props);
        for (const off of [false, undefined, null, "true"]) {
          const result = runStackPolicy(rule, [vault(off), consumer]);
          assert.deepStrictEqual(
            messages(result),
            [
              `${at} names a key in the vault 'kv-ai' ('kv' in this stack), which has no purge protection; set properties.enablePurgeProtection to true on the vault.`,
            ],
            String(off),
          );
          assert.strictEqual(result.violations[0].urn, consumer.urn);
        }
        assert.deepStrictEqual(messages(runStackPolicy(rule, [vault(true), consumer])), []);
        // A vault outside the stack cannot be judged here; another vault's state does not count.
        const elsewhere = stackResource(T.vault, "other", {
          vaultName: "kv-other",
          properties: {},
        });
        assert.deepStrictEqual(messages(runStackPolicy(rule, [elsewhere, consumer])), []);
      });
    }

    it("leaves a vault whose properties are unknown at preview undecided", () => {
      const unknownVault = stackResource(T.vault, "kv", {
        vaultName: "kv-ai",
        properties: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
      });
      const consumer = stackResource(T.storageAccount, "st", uriRules[0].props(goodKey));
      assert.deepStrictEqual(
        messages(runStackPolicy(storageAccountCmkEncryption, [unknownVault, consumer])),
        [],
      );
    });
  });
});
