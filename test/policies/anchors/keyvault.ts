import { T, TYPE_GROUPS } from "../../../policies/lib";
import { key, keyWith, secret, vault, vaultWith } from "../rules/keyvault/fixtures";
import type { AnchorCase } from "./anchorCase";

const v = (changes: Record<string, unknown>) => ({
  type: T.vault,
  props: vaultWith(changes) as Record<string, unknown>,
});
const k = (changes: Record<string, unknown>) => ({
  type: T.key,
  props: keyWith(changes) as Record<string, unknown>,
});
const secretWithout = (field: "attributes" | "contentType") => {
  const props = secret();
  delete props.properties[field];
  return { type: T.secret, props: props as Record<string, unknown> };
};
const keyWithout = (field: "rotationPolicy") => {
  const props = key();
  delete props.properties[field];
  return props;
};
const lonelyVault = [{ type: T.vault, name: "kv", props: vault() as Record<string, unknown> }];
/** A diagnostic setting on a vault that sends metrics but no audit logs. */
const metricsOnly = {
  type: TYPE_GROUPS.diagnosticSetting[0],
  props: {
    resourceUri: "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.KeyVault/vaults/kv-ai",
    workspaceId:
      "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai",
    metrics: [{ category: "AllMetrics", enabled: true }],
  },
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "psrule:Azure.KeyVault.RBAC",
    policy: "key-vault-rbac-authorization",
    resource: v({ enableRbacAuthorization: false }),
  },
  {
    anchor: "psrule:Azure.KeyVault.AccessPolicy",
    policy: "key-vault-rbac-authorization",
    resource: {
      type: T.vaultAccessPolicy,
      props: {
        resourceGroupName: "rg-ai",
        vaultName: "kv-ai",
        policy: {
          objectId: "o",
          tenantId: "t",
          permissions: { secrets: ["all"], keys: ["purge"] },
        },
      },
    },
  },
  {
    anchor: "checkov:CKV_AZURE_110",
    policy: "key-vault-purge-protection",
    resource: v({ enablePurgeProtection: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_42",
    policy: "key-vault-purge-protection",
    resource: v({ enablePurgeProtection: false }),
  },
  {
    anchor: "psrule:Azure.KeyVault.PurgeProtect",
    policy: "key-vault-purge-protection",
    resource: v({ enablePurgeProtection: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_111",
    policy: "key-vault-soft-delete-retention",
    resource: v({ enableSoftDelete: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_42",
    policy: "key-vault-soft-delete-retention",
    resource: v({ enableSoftDelete: false }),
  },
  {
    anchor: "psrule:Azure.KeyVault.SoftDelete",
    policy: "key-vault-soft-delete-retention",
    resource: v({ enableSoftDelete: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_189",
    policy: "key-vault-no-public-network-access",
    resource: v({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "checkov:CKV_AZURE_109",
    policy: "key-vault-firewall-default-deny",
    resource: v({
      publicNetworkAccess: "Enabled",
      networkAcls: { defaultAction: "Allow", bypass: "AzureServices" },
    }),
  },
  {
    anchor: "psrule:Azure.KeyVault.Firewall",
    policy: "key-vault-firewall-default-deny",
    resource: v({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_40",
    policy: "key-vault-key-expiration",
    // Rotated, but neither the key nor its rotation policy sets an expiry.
    resource: k({
      attributes: {},
      rotationPolicy: {
        lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P1Y" } }],
      },
    }),
  },
  {
    anchor: "psrule:Azure.KeyVault.AutoRotationPolicy",
    policy: "key-vault-key-rotation-policy",
    resource: { type: T.key, props: keyWithout("rotationPolicy") },
  },
  {
    anchor: "checkov:CKV_AZURE_112",
    policy: "key-vault-key-hsm-backed",
    resource: k({ kty: "RSA" }),
  },
  {
    anchor: "checkov:CKV_AZURE_41",
    policy: "key-vault-secret-expiration",
    resource: secretWithout("attributes"),
  },
  {
    anchor: "checkov:CKV_AZURE_114",
    policy: "key-vault-secret-expiration",
    resource: secretWithout("contentType"),
  },
  { anchor: "checkov:CKV2_AZURE_32", policy: "private-endpoint-required", stack: lonelyVault },
  { anchor: "psrule:Azure.KeyVault.Logs", policy: "diagnostics-required", stack: lonelyVault },
  {
    anchor: "psrule:Azure.KeyVault.Logs",
    policy: "diagnostics-all-logs-to-workspace",
    resource: metricsOnly,
  },
  {
    anchor: "psrule:Azure.KeyVault.Name",
    policy: "resource-name-valid",
    resource: { type: T.vault, props: { ...vault(), vaultName: "1kv" } },
  },
  {
    anchor: "psrule:Azure.KeyVault.KeyName",
    policy: "resource-name-valid",
    resource: { type: T.key, props: { ...key(), keyName: "cmk.storage" } },
  },
  {
    anchor: "psrule:Azure.KeyVault.SecretName",
    policy: "resource-name-valid",
    resource: { type: T.secret, props: { ...secret(), secretName: "db_password" } },
  },
];
