import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import { getVersion } from "@pulumi/azure-native/utilities";
import { openAiAccountType, OpenAiAccount } from "../../../components/genai/openAiAccount";
import { installMocks, RecorderMocks, settle, useMocks } from "../../helpers/mocks";

/** A resource created in the same run, standing in for the key's user-assigned identity. */
class Identity extends pulumi.CustomResource {
  constructor(name: string) {
    super("test:index:Identity", name, {});
  }
}

/** A new resource's output: known in resolved mode, unknown during a first preview. */
function outputOf(resource: pulumi.CustomResource, value: string): pulumi.Output<string> {
  return resource.id.apply(() => value);
}

function accountArgs(clientId: pulumi.Input<string>): AccountArgs {
  return {
    resourceGroupName: "rg-ailz",
    accountName: "oai-ailz",
    kind: "OpenAI",
    sku: { name: "S0" },
    identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/id"] },
    properties: {
      customSubDomainName: pulumi.output("oai-ailz"),
      disableLocalAuth: true,
      publicNetworkAccess: "Disabled",
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [] },
      restrictOutboundNetworkAccess: true,
      allowedFqdnList: [],
      // keySource left out: azure-native fills in its default.
      encryption: {
        keyVaultProperties: {
          keyVaultUri: "https://kv-ailz.vault.azure.net/",
          keyName: "cmk",
          identityClientId: clientId,
        },
      },
    },
    tags: { owner: "team" },
  };
}

describe("OpenAiAccount", () => {
  it("registers what azure-native's Account registers, with the same token and provider version", async () => {
    const mocks = await useMocks();
    const identity = new Identity("identity");
    const clientId = outputOf(identity, "0b6c1f3e-2a4d-4c5e-8f7a-9b0c1d2e3f4a");
    const theirs = new cognitiveservices.Account("theirs", accountArgs(clientId));
    const ours = new OpenAiAccount("ours", accountArgs(clientId));
    await settle();
    assert.strictEqual(mocks.ofType(openAiAccountType).length, 2);
    const recorded = mocks.one(openAiAccountType, "ours").inputs;
    assert.deepStrictEqual(recorded, mocks.one(openAiAccountType, "theirs").inputs);
    assert.strictEqual(recorded.properties.encryption.keySource, "Microsoft.KeyVault");
    assert.strictEqual(
      recorded.properties.encryption.keyVaultProperties.identityClientId,
      "0b6c1f3e-2a4d-4c5e-8f7a-9b0c1d2e3f4a",
    );
    const versions = [theirs, ours].map((r) => (r as unknown as { __version: string }).__version);
    assert.deepStrictEqual(versions, [getVersion(), getVersion()]);
    assert.strictEqual(cognitiveservices.Account.isInstance(ours), true);
  });

  describe("during a first preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(async () => {
      await installMocks(new RecorderMocks(false));
    });

    it("keeps every known value of properties known; only the new identity's client ID is unknown", async () => {
      const identity = new Identity("identity");
      const clientId = outputOf(identity, "never known at preview");
      new cognitiveservices.Account("theirs", accountArgs(clientId));
      new OpenAiAccount("ours", accountArgs(clientId));
      await settle();
      assert.strictEqual(preview.ofType(openAiAccountType).length, 2);
      // The mock runtime records an unknown input as an object marked `__pulumiUnknown`.
      const isUnknown = (v: unknown) => (v as { __pulumiUnknown?: boolean })?.__pulumiUnknown;
      // azure-native lifts the whole object into one Output: unknown as a whole.
      assert.strictEqual(
        isUnknown(preview.one(openAiAccountType, "theirs").inputs.properties),
        true,
      );
      const ours = preview.one(openAiAccountType, "ours").inputs.properties;
      const { identityClientId, ...knownKeyProperties } = ours.encryption.keyVaultProperties;
      assert.strictEqual(isUnknown(identityClientId), true);
      assert.deepStrictEqual(
        { ...ours, encryption: { ...ours.encryption, keyVaultProperties: knownKeyProperties } },
        {
          customSubDomainName: "oai-ailz",
          disableLocalAuth: true,
          publicNetworkAccess: "Disabled",
          networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [] },
          restrictOutboundNetworkAccess: true,
          allowedFqdnList: [],
          encryption: {
            keySource: "Microsoft.KeyVault",
            keyVaultProperties: {
              keyVaultUri: "https://kv-ailz.vault.azure.net/",
              keyName: "cmk",
            },
          },
        },
      );
    });
  });
});
