import type { WorkspaceArgs } from "@pulumi/azure-native/machinelearningservices";
import { Props, resourceRule, T } from "../../lib";

export const workspaceCmkEncryption = resourceRule({
  name: "aml-workspace-cmk-encryption",
  description:
    "Azure Machine Learning workspaces encrypt their metadata and job data with a customer-managed key.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "azpol:Azure Machine Learning workspaces should be encrypted with a customer-managed key",
    "mcsb:DP-5",
  ],
  remediationSteps:
    "Set encryption to { status: 'Enabled', keyVaultProperties: { keyVaultArmId, keyIdentifier }, identity } (set at creation).",
  url: "https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys",
  types: [T.mlWorkspace],
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
    } else if (encryption !== undefined && !("keyVaultProperties" in encryption)) {
      // Presence decides: the key identifier is usually an output of a key made in the same run.
      ctx.report("encryption.keyVaultProperties must name the key; it is not set.");
    }
  },
});
