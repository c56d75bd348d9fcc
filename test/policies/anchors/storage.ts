import { T, TYPE_GROUPS } from "../../../policies/lib";
import { blobContainer, blobService, storageAccount } from "../rules/storage/fixtures";
import type { AnchorCase } from "./anchorCase";

const account = (changes: Record<string, unknown>) => ({
  type: T.storageAccount,
  props: { ...storageAccount(), ...changes } as Record<string, unknown>,
});
const withoutKey = (key: string) => {
  const props: Record<string, unknown> = { ...storageAccount() };
  delete props[key];
  return { type: T.storageAccount, props };
};
const ACCOUNT_ID =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Storage/storageAccounts/stai";
/** An account whose blob service is the only one with a diagnostic setting. */
const onlyBlobLogged = [
  { type: T.storageAccount, name: "st", props: { ...storageAccount(), accountName: "stai" } },
  {
    type: TYPE_GROUPS.diagnosticSetting[0],
    name: "diag-blob",
    props: {
      resourceUri: `${ACCOUNT_ID}/blobServices/default`,
      workspaceId:
        "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai",
      logs: [{ categoryGroup: "allLogs", enabled: true }],
    },
  },
];
/** An account with nothing next to it: no logs, no Defender setting, no private endpoint. */
const bareAccount = [
  { type: T.storageAccount, name: "st", props: { ...storageAccount(), accountName: "stai" } },
];
const defender = (properties: Record<string, unknown>) => [
  { type: T.storageAccount, name: "st", props: { ...storageAccount(), accountName: "stai" } },
  {
    type: T.defenderForStorage,
    name: "defender",
    props: { resourceId: ACCOUNT_ID, settingName: "current", properties },
  },
];
const publicContainer = {
  type: T.blobContainer,
  props: { ...blobContainer(), publicAccess: "Container" },
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_3",
    policy: "storage-account-https-only",
    resource: account({ enableHttpsTrafficOnly: false }),
  },
  {
    anchor: "psrule:Azure.Storage.SecureTransfer",
    policy: "storage-account-https-only",
    resource: account({ enableHttpsTrafficOnly: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_44",
    policy: "storage-account-min-tls",
    resource: account({ minimumTlsVersion: "TLS1_1" }),
  },
  {
    anchor: "psrule:Azure.Storage.MinTLS",
    policy: "storage-account-min-tls",
    resource: account({ minimumTlsVersion: "TLS1_0" }),
  },
  {
    anchor: "checkov:CKV_AZURE_59",
    policy: "storage-account-no-public-network-access",
    resource: account({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "checkov:CKV_AZURE_35",
    policy: "storage-account-network-default-deny",
    resource: account({
      publicNetworkAccess: "Enabled",
      networkRuleSet: { defaultAction: "Allow", bypass: "AzureServices" },
    }),
  },
  {
    anchor: "psrule:Azure.Storage.Firewall",
    policy: "storage-account-network-default-deny",
    resource: account({
      publicNetworkAccess: "Enabled",
      networkRuleSet: { defaultAction: "Allow" },
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_36",
    policy: "storage-account-trusted-services-bypass",
    resource: account({ networkRuleSet: { defaultAction: "Deny", bypass: "None" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_190",
    policy: "storage-account-no-blob-public-access",
    resource: account({ allowBlobPublicAccess: true }),
  },
  {
    anchor: "checkov:CKV2_AZURE_47",
    policy: "storage-account-no-blob-public-access",
    resource: withoutKey("allowBlobPublicAccess"),
  },
  {
    anchor: "psrule:Azure.Storage.BlobPublicAccess",
    policy: "storage-account-no-blob-public-access",
    resource: account({ allowBlobPublicAccess: true }),
  },
  {
    anchor: "checkov:CKV2_AZURE_40",
    policy: "storage-account-no-shared-key",
    resource: account({ allowSharedKeyAccess: true }),
  },
  {
    anchor: "psrule:Azure.Storage.LocalAuth",
    policy: "storage-account-no-shared-key",
    resource: withoutKey("allowSharedKeyAccess"),
  },
  {
    anchor: "checkov:CKV2_AZURE_41",
    policy: "storage-account-sas-expiration-policy",
    resource: account({ allowSharedKeyAccess: true }),
  },
  {
    anchor: "checkov:CKV_AZURE_244",
    policy: "storage-account-no-local-users",
    resource: account({ isHnsEnabled: true, isSftpEnabled: true, isLocalUserEnabled: true }),
  },
  {
    anchor: "checkov:CKV2_AZURE_1",
    policy: "storage-account-cmk-encryption",
    resource: withoutKey("encryption"),
  },
  {
    anchor: "psrule:Azure.Storage.UseReplication",
    policy: "storage-account-zone-redundant",
    resource: account({ sku: { name: "Standard_LRS" } }),
  },
  {
    anchor: "checkov:CKV_AZURE_206",
    policy: "storage-account-geo-redundant",
    resource: account({ sku: { name: "Standard_ZRS" } }),
    stackTags: { environment: "prod" },
  },
  {
    anchor: "checkov:CKV2_AZURE_38",
    policy: "storage-blob-soft-delete",
    resource: {
      type: T.blobServiceProperties,
      props: { ...blobService(), deleteRetentionPolicy: { enabled: false } },
    },
  },
  {
    anchor: "psrule:Azure.Storage.SoftDelete",
    policy: "storage-blob-soft-delete",
    resource: {
      type: T.blobServiceProperties,
      props: { ...blobService(), deleteRetentionPolicy: { enabled: false } },
    },
  },
  {
    anchor: "psrule:Azure.Storage.ContainerSoftDelete",
    policy: "storage-blob-soft-delete",
    resource: {
      type: T.blobServiceProperties,
      props: { ...blobService(), containerDeleteRetentionPolicy: { enabled: false } },
    },
  },
  {
    anchor: "psrule:Azure.Storage.FileShareSoftDelete",
    policy: "storage-file-share-soft-delete",
    resource: {
      type: T.fileServiceProperties,
      props: {
        accountName: "stai",
        resourceGroupName: "rg-ai",
        shareDeleteRetentionPolicy: { enabled: false },
      },
    },
  },
  {
    anchor: "checkov:CKV_AZURE_34",
    policy: "storage-container-private",
    resource: publicContainer,
  },
  {
    anchor: "checkov:CKV2_AZURE_8",
    policy: "storage-container-private",
    resource: {
      type: T.blobContainer,
      props: { ...blobContainer(), containerName: "insights-activity-logs", publicAccess: "Blob" },
    },
  },
  {
    anchor: "psrule:Azure.Storage.BlobAccessType",
    policy: "storage-container-private",
    resource: publicContainer,
  },
  { anchor: "checkov:CKV_AZURE_33", policy: "storage-services-logged", stack: onlyBlobLogged },
  { anchor: "checkov:CKV2_AZURE_20", policy: "storage-services-logged", stack: onlyBlobLogged },
  { anchor: "checkov:CKV2_AZURE_21", policy: "storage-services-logged", stack: bareAccount },
  {
    anchor: "psrule:Azure.Storage.DefenderCloud",
    policy: "storage-defender-enabled",
    stack: bareAccount,
  },
  {
    anchor: "psrule:Azure.Storage.Defender.MalwareScan",
    policy: "storage-defender-enabled",
    stack: defender({ isEnabled: true, sensitiveDataDiscovery: { isEnabled: true } }),
  },
  {
    anchor: "psrule:Azure.Storage.Defender.DataScan",
    policy: "storage-defender-enabled",
    stack: defender({
      isEnabled: true,
      malwareScanning: { onUpload: { isEnabled: true } },
      sensitiveDataDiscovery: { isEnabled: false },
    }),
  },
  { anchor: "checkov:CKV2_AZURE_33", policy: "private-endpoint-required", stack: bareAccount },
  {
    anchor: "checkov:CKV_AZURE_43",
    policy: "resource-name-valid",
    resource: account({ accountName: "St_AI" }),
  },
  {
    anchor: "psrule:Azure.Storage.Name",
    policy: "resource-name-valid",
    resource: account({ accountName: "st" }),
  },
  {
    anchor: "psrule:Azure.Storage.Naming",
    policy: "resource-name-format",
    resource: account({ accountName: "aidata01" }),
  },
];
