import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import {
  keyVaultPurgeProtectionCheck,
  Props,
  reportKeyIdentifier,
  resourceRule,
  T,
  vaultOfKeyIdentifier,
  versionlessKeyParam,
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
  config: versionlessKeyParam("key identifier", "registry"),
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
    reportKeyIdentifier(encryption.keyVaultProperties?.keyIdentifier, AT, "registry", ctx);
  },
  stack: keyVaultPurgeProtectionCheck(T.registry, `${AT}.keyIdentifier`, (props) =>
    props.encryption?.status === "enabled"
      ? vaultOfKeyIdentifier(props.encryption.keyVaultProperties?.keyIdentifier)
      : undefined,
  ),
});
