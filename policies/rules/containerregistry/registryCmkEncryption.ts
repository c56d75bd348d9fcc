import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, T } from "../../lib";

export const registryCmkEncryption = resourceRule({
  name: "acr-cmk-encryption",
  description: "Container registries encrypt images at rest with a customer-managed key.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Container registries should be encrypted with a customer-managed key",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryption to { status: 'enabled', keyVaultProperties: { keyIdentifier, identity } } with a user-assigned identity allowed to use the key (Premium SKU, set at creation).",
  url: "https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys",
  types: [T.registry],
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
    // Presence decides: the key identifier is usually an output of a key created in the same run.
    if (!("keyVaultProperties" in encryption)) {
      ctx.report("encryption.keyVaultProperties must name the key; it is not set.");
    }
  },
});
