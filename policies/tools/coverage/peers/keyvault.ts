/**
 * Checkov and PSRule for Azure rules on key vaults, their keys, secrets and access policies.
 * Read from bridgecrewio/checkov and Azure/PSRule.Rules.Azure (v1.48 baselines).
 */
import { T, TYPE_GROUPS } from "../../../lib";
import type { PeerRule } from "../peerRule";

const VAULT = [T.vault];

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_40",
    checks: "Keys carry an expiration date (Terraform) or a rotation policy expiry (ARM).",
    types: [T.key],
  },
  {
    anchor: "checkov:CKV_AZURE_41",
    checks: "Secrets carry an expiration date.",
    types: [T.secret],
  },
  {
    anchor: "checkov:CKV_AZURE_42",
    checks: "The vault is recoverable: purge protection on and soft delete not off.",
    types: VAULT,
  },
  {
    anchor: "checkov:CKV_AZURE_109",
    checks: "The vault firewall's default action is Deny.",
    types: VAULT,
  },
  {
    anchor: "checkov:CKV_AZURE_110",
    checks: "Purge protection is enabled.",
    types: VAULT,
  },
  {
    anchor: "checkov:CKV_AZURE_111",
    checks: "Soft delete is enabled.",
    types: VAULT,
  },
  {
    anchor: "checkov:CKV_AZURE_112",
    checks: "Keys are HSM-backed (RSA-HSM or EC-HSM).",
    types: [T.key],
  },
  {
    anchor: "checkov:CKV_AZURE_114",
    checks: "Secrets have a content type.",
    types: [T.secret],
  },
  {
    anchor: "checkov:CKV_AZURE_189",
    checks: "Public network access is disabled.",
    types: VAULT,
  },
  {
    anchor: "checkov:CKV2_AZURE_32",
    checks: "A private endpoint connects to the vault.",
    types: [T.vault, T.privateEndpoint],
  },
  {
    anchor: "psrule:Azure.KeyVault.AccessPolicy",
    checks: "Access policies grant no 'All' or 'Purge' permissions (least privilege).",
    types: [T.vault, T.vaultAccessPolicy],
  },
  {
    anchor: "psrule:Azure.KeyVault.AutoRotationPolicy",
    checks: "Keys have a rotation policy with a rotate action.",
    types: [T.key],
  },
  {
    anchor: "psrule:Azure.KeyVault.Firewall",
    checks: "The vault accepts only explicitly allowed traffic (firewall default Deny).",
    types: VAULT,
  },
  {
    anchor: "psrule:Azure.KeyVault.KeyName",
    checks: "Key names are 1-127 letters, digits or hyphens.",
    types: [T.key],
  },
  {
    anchor: "psrule:Azure.KeyVault.Logs",
    checks: "A diagnostic setting sends the vault's AuditEvent (or audit / allLogs) logs.",
    types: [T.vault, ...TYPE_GROUPS.diagnosticSetting],
  },
  {
    anchor: "psrule:Azure.KeyVault.Name",
    checks: "The vault name meets Azure's naming rules.",
    types: VAULT,
  },
  {
    anchor: "psrule:Azure.KeyVault.PurgeProtect",
    checks: "Purge protection is enabled.",
    types: VAULT,
  },
  {
    anchor: "psrule:Azure.KeyVault.RBAC",
    checks: "The vault uses Azure RBAC for data-plane authorization.",
    types: VAULT,
  },
  {
    anchor: "psrule:Azure.KeyVault.SecretName",
    checks: "Secret names are 1-127 letters, digits or hyphens.",
    types: [T.secret],
  },
  {
    anchor: "psrule:Azure.KeyVault.SoftDelete",
    checks: "Soft delete is enabled.",
    types: VAULT,
  },
];
