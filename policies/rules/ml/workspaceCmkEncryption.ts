import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import {
  keyVaultPurgeProtectionCheck,
  parseVaultId,
  Props,
  reportKeyIdentifier,
  resourceRule,
  T,
  vaultOfKeyIdentifier,
  versionlessKeyParam,
} from "../../lib";

const AT = "encryption.keyVaultProperties";

export const amlWorkspaceCmkEncryption = resourceRule({
  name: "aml-workspace-cmk-encryption",
  description:
    "Azure Machine Learning workspaces encrypt their metadata and job data with a customer-managed key, named by a well-formed key identifier in the vault the workspace names, with purge protection.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Azure Machine Learning workspaces should be encrypted with a customer-managed key",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryption to { status: 'Enabled', keyVaultProperties: { keyVaultArmId, keyIdentifier: 'https://<vault>.vault.azure.net/keys/<key>' }, identity } (set at creation; no key version, so rotation is followed) and turn on purge protection on the vault.",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys",
  types: [T.mlWorkspace],
  config: versionlessKeyParam("key identifier", "workspace"),
  validate: (props: Props<WorkspaceArgs>, ctx) => {
    if (!("encryption" in props)) {
      ctx.report(
        "encryption.status must be 'Enabled'; encryption is not set (Microsoft-managed keys).",
      );
      return;
    }
    const encryption = props.encryption;
    const status = encryption?.status;
    if (status !== "Enabled") {
      ctx.report(`encryption.status must be 'Enabled'; it is '${String(status)}'.`);
      return;
    }
    if (encryption === undefined || !("keyVaultProperties" in encryption)) {
      ctx.report(`${AT} must name the key; it is not set.`);
      return;
    }
    const key = encryption.keyVaultProperties ?? {};
    const identifier = reportKeyIdentifier(key.keyIdentifier, AT, "workspace", ctx);
    const vault = parseVaultId(key.keyVaultArmId);
    if ("problem" in vault) {
      ctx.report(`${AT}.keyVaultArmId must be the vault's resource ID; ${vault.problem}.`);
    } else if ("value" in identifier && identifier.value.vaultName !== vault.value) {
      ctx.report(
        `${AT}.keyIdentifier is a key in the vault '${identifier.value.vaultName}' but keyVaultArmId names '${vault.value}'; name the same vault in both.`,
      );
    }
  },
  stack: keyVaultPurgeProtectionCheck(T.mlWorkspace, `${AT}.keyIdentifier`, (props) =>
    props.encryption?.status === "Enabled"
      ? vaultOfKeyIdentifier(props.encryption.keyVaultProperties?.keyIdentifier)
      : undefined,
  ),
});
