import * as pulumi from "@pulumi/pulumi";
import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";
import type * as inputs from "@pulumi/azure-native/types/input";
import type * as outputs from "@pulumi/azure-native/types/output";
import { getVersion } from "@pulumi/azure-native/utilities";

/** The type token of `cognitiveservices.Account`; this class registers the same resource. */
export const openAiAccountType = "azure-native:cognitiveservices:Account";

type PlainProperties = pulumi.Unwrap<inputs.cognitiveservices.AccountPropertiesArgs>;
type Encryption = pulumi.Unwrap<inputs.cognitiveservices.EncryptionArgs>;

/** azure-native's only default inside `properties`: an encryption block's key source. */
function encryptionDefaults(encryption: Encryption): Encryption {
  return { ...encryption, keySource: encryption.keySource ?? "Microsoft.KeyVault" };
}

/**
 * The account's `properties` with azure-native's defaults applied to the parts that are known,
 * leaving every nested value as it is. azure-native's own class lifts the whole object into one
 * Output (`pulumi.output(properties).apply(...)`), which is unknown at preview as soon as one
 * value inside is; here only the unknown value itself stays unknown.
 */
export function accountPropertiesWithDefaults(
  properties: AccountArgs["properties"],
): AccountArgs["properties"] {
  if (properties === undefined) return undefined;
  if (pulumi.Output.isInstance(properties) || properties instanceof Promise) {
    return pulumi.output(properties).apply((p) => {
      const plain = p as PlainProperties;
      return plain.encryption === undefined
        ? plain
        : { ...plain, encryption: encryptionDefaults(plain.encryption) };
    });
  }
  const encryption = properties.encryption;
  if (encryption === undefined) return properties;
  if (pulumi.Output.isInstance(encryption) || encryption instanceof Promise) {
    return {
      ...properties,
      encryption: pulumi.output(encryption).apply((e) => encryptionDefaults(e as Encryption)),
    };
  }
  return {
    ...properties,
    encryption: { ...encryption, keySource: encryption.keySource ?? "Microsoft.KeyVault" },
  };
}

/**
 * An Azure AI services / Azure OpenAI account: the same resource as azure-native's
 * `cognitiveservices.Account` (same type token, same provider version, same inputs once
 * resolved), registered so that `properties` keeps its known values known during a first
 * preview. The account's customer-managed key names its identity by client ID, which Azure
 * assigns when a new identity is created; with azure-native's class that one value hid
 * public network access, local auth, the network ACL and the key from every policy at preview.
 * See docs/decisions.md.
 */
export class OpenAiAccount extends pulumi.CustomResource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly identity: pulumi.Output<
    outputs.cognitiveservices.IdentityResponse | undefined
  >;
  declare public readonly kind: pulumi.Output<string | undefined>;
  declare public readonly location: pulumi.Output<string | undefined>;
  declare public readonly properties: pulumi.Output<outputs.cognitiveservices.AccountPropertiesResponse>;
  declare public readonly sku: pulumi.Output<outputs.cognitiveservices.SkuResponse | undefined>;
  declare public readonly tags: pulumi.Output<Record<string, string> | undefined>;

  constructor(name: string, args: AccountArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<string, unknown> = {
      accountName: args.accountName,
      identity: args.identity,
      kind: args.kind,
      location: args.location,
      properties: accountPropertiesWithDefaults(args.properties),
      resourceGroupName: args.resourceGroupName,
      sku: args.sku,
      tags: args.tags,
      // Outputs the provider computes, as azure-native's class declares them.
      azureApiVersion: undefined,
      etag: undefined,
      name: undefined,
      systemData: undefined,
      type: undefined,
    };
    super(openAiAccountType, name, inputs, pulumi.mergeOptions({ version: getVersion() }, opts));
  }
}
