import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import {
  parseKeyIdentifier,
  Props,
  reportKeysInUnprotectedVaults,
  resourceRule,
  T,
} from "../../lib";

const AT = "encryption.keyVaultProperties";

export const acrCmkEncryption = resourceRule({
  name: "acr-cmk-encryption",
  description:
    "Container registries encrypt images at rest with a customer-managed key, named by a well-formed key identifier, in a purge-protected vault.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Container registries should be encrypted with a customer-managed key",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryption to { status: 'enabled', keyVaultProperties: { keyIdentifier: 'https://<vault>.vault.azure.net/keys/<key>', identity } } with a user-assigned identity allowed to use the key (Premium SKU, set at creation; no key version, so rotation is followed) and purge protection on the vault.",
  url: "https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys",
  types: [T.registry],
  config: {
    requireVersionlessKey: {
      type: "boolean",
      default: true,
      description:
        "Whether a key identifier pinned to one version is a violation: the registry then ignores the key's rotation.",
    },
  },
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (!("encryption" in props)) {
      ctx.report("encryption.status must be 'enabled'; encryption is not set.");
      return;
    }
    const encryption = props.encryption ?? {};
    const status = encryption.status;
    if (status !== "enabled") {
      ctx.report(`encryption.status must be 'enabled'; it is '${String(status)}'.`);
      return;
    }
    if (!("keyVaultProperties" in encryption)) {
      ctx.report(`${AT} must name the key; it is not set.`);
      return;
    }
    const identifier = parseKeyIdentifier(encryption.keyVaultProperties?.keyIdentifier);
    if ("problem" in identifier) {
      ctx.report(`${AT}.keyIdentifier must be the key's URI; ${identifier.problem}.`);
    } else if (ctx.config.requireVersionlessKey && identifier.value.version !== undefined) {
      ctx.report(
        `${AT}.keyIdentifier pins version '${identifier.value.version}'; end it at the key name so the registry follows the key's rotation.`,
      );
    }
  },
  stack: {
    subject: T.registry,
    validate: (resources, ctx) =>
      reportKeysInUnprotectedVaults(
        resources,
        T.registry,
        `${AT}.keyIdentifier`,
        (props) => {
          const encryption = props.encryption;
          if (encryption?.status !== "enabled") return undefined;
          const identifier = parseKeyIdentifier(encryption.keyVaultProperties?.keyIdentifier);
          return "value" in identifier ? identifier.value.vaultName : undefined;
        },
        ctx.report,
      ),
  },
});
