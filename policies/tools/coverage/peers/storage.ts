/**
 * Checkov and PSRule for Azure rules on storage accounts and their blob, file, queue and table
 * services, containers and Defender for Storage settings. Read from bridgecrewio/checkov
 * (checkov/terraform/checks/resource/azure, graph_checks/azure, checkov/arm/checks) and
 * Azure/PSRule.Rules.Azure (baselines Azure.GA_2026_03 and Azure.Preview_2026_03, v1.48).
 */
import { T, TYPE_GROUPS } from "../../../lib";
import type { PeerRule } from "../peerRule";

const ACCOUNT = [T.storageAccount];

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_3",
    checks: "The account accepts HTTPS only (secure transfer required).",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_33",
    checks: "The queue service logs read, write and delete requests.",
    types: [T.storageAccount, T.queueServiceProperties, ...TYPE_GROUPS.diagnosticSetting],
  },
  {
    anchor: "checkov:CKV_AZURE_34",
    checks: "Blob containers have the private access level.",
    types: [T.blobContainer],
  },
  {
    anchor: "checkov:CKV_AZURE_35",
    checks: "The account firewall's default action is Deny.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_36",
    checks: "A firewall that denies by default lets trusted Azure services bypass it.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_43",
    checks: "The account name is 3-24 lowercase letters or digits.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_44",
    checks: "The minimum TLS version is 1.2.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_59",
    checks: "Public network access is disabled.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_190",
    checks: "Blobs and containers cannot be made public (nested items public access off).",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_206",
    checks: "The account replicates to a secondary region (GRS, RA-GRS, GZRS or RA-GZRS).",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV_AZURE_244",
    checks: "Local users are off, explicitly so on hierarchical-namespace (SFTP-capable) accounts.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV2_AZURE_1",
    checks: "The account encrypts data with a customer-managed key.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV2_AZURE_8",
    checks: "The container that stores activity logs is not publicly accessible.",
    types: [T.blobContainer],
  },
  {
    anchor: "checkov:CKV2_AZURE_20",
    checks: "The table service logs read requests.",
    types: [T.storageAccount, T.tableServiceProperties, ...TYPE_GROUPS.diagnosticSetting],
  },
  {
    anchor: "checkov:CKV2_AZURE_21",
    checks: "The blob service logs read requests.",
    types: [T.storageAccount, T.blobServiceProperties, ...TYPE_GROUPS.diagnosticSetting],
  },
  {
    anchor: "checkov:CKV2_AZURE_33",
    checks: "A private endpoint connects to the account.",
    types: [T.storageAccount, T.privateEndpoint],
  },
  {
    anchor: "checkov:CKV2_AZURE_38",
    checks: "Blob soft delete is enabled.",
    types: [T.storageAccount, T.blobServiceProperties],
  },
  {
    anchor: "checkov:CKV2_AZURE_40",
    checks: "Shared key authorization is disabled.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV2_AZURE_41",
    checks: "An account that allows shared keys has a SAS expiration policy.",
    types: ACCOUNT,
  },
  {
    anchor: "checkov:CKV2_AZURE_47",
    checks: "Anonymous blob access is disallowed on the account.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.BlobAccessType",
    checks: "Containers use a private access type that requires authorization.",
    types: [T.storageAccount, T.blobContainer],
  },
  {
    anchor: "psrule:Azure.Storage.BlobPublicAccess",
    checks: "allowBlobPublicAccess is false.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.ContainerSoftDelete",
    checks: "Container soft delete is enabled on the blob service.",
    types: [T.storageAccount, T.blobServiceProperties],
  },
  {
    anchor: "psrule:Azure.Storage.Defender.MalwareScan",
    checks: "Defender for Storage scans uploaded blobs for malware.",
    types: [T.storageAccount, T.defenderForStorage],
  },
  {
    anchor: "psrule:Azure.Storage.Defender.DataScan",
    checks: "Defender for Storage runs sensitive data threat detection (preview rule).",
    types: [T.storageAccount, T.defenderForStorage],
  },
  {
    anchor: "psrule:Azure.Storage.DefenderCloud",
    checks:
      "Defender for Storage is enabled on the account (DefenderForStorageSettings isEnabled).",
    types: [T.storageAccount, T.defenderForStorage],
  },
  {
    anchor: "psrule:Azure.Storage.FileShareSoftDelete",
    checks: "Soft delete is enabled for file shares on the file service.",
    types: [T.storageAccount, T.fileServiceProperties],
  },
  {
    anchor: "psrule:Azure.Storage.Firewall",
    checks: "The account firewall's default action is Deny.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.LocalAuth",
    checks: "Shared key access is disabled (allowSharedKeyAccess false).",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.MinTLS",
    checks: "The minimum TLS version is 1.2.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.Name",
    checks: "The account name meets Azure's naming rules.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.Naming",
    checks: "The account name matches the configured naming convention (CAF prefix st).",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.SecureTransfer",
    checks: "The account accepts encrypted connections only.",
    types: ACCOUNT,
  },
  {
    anchor: "psrule:Azure.Storage.SoftDelete",
    checks: "Blob soft delete is enabled on the blob service.",
    types: [T.storageAccount, T.blobServiceProperties],
  },
  {
    anchor: "psrule:Azure.Storage.UseReplication",
    checks: "The account does not use locally redundant storage (LRS).",
    types: ACCOUNT,
  },
];
