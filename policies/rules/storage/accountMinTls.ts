import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { Props, rawProps, resourceRule, T } from "../../lib";

/** TLS versions in ascending order, as azure-native spells them. */
const TLS_ORDER = ["TLS1_0", "TLS1_1", "TLS1_2", "TLS1_3"];

export const storageAccountMinTls = resourceRule({
  name: "storage-account-min-tls",
  description: "Storage accounts refuse TLS versions older than the configured minimum.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_44",
    "trivy:AZU-0011",
    "azpol:Storage accounts should have the specified minimum TLS version",
    "psrule:Azure.Storage.MinTLS",
    "mcsb:DP-3",
  ],
  remediationSteps:
    "Set minimumTlsVersion to 'TLS1_2' (or the configured minimum). At level 'remediate' the pack raises it for you.",
  url: "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
  types: [T.storageAccount],
  config: {
    minimumTlsVersion: {
      type: "string",
      enum: ["TLS1_2", "TLS1_3"],
      default: "TLS1_2",
      description: "The oldest TLS version a storage account may accept.",
    },
  },
  validate: (props: Props<StorageAccountArgs>, ctx) => {
    const minimum = ctx.config.minimumTlsVersion;
    // Azure's API default for an unset value is TLS1_0 on older API versions, so unset fails.
    if (!("minimumTlsVersion" in props)) {
      ctx.report(`minimumTlsVersion is not set; set it to '${minimum}'.`);
      return;
    }
    const actual = String(props.minimumTlsVersion);
    if (TLS_ORDER.indexOf(actual) < TLS_ORDER.indexOf(minimum)) {
      ctx.report(`minimumTlsVersion is '${actual}'; set it to '${minimum}' or later.`);
    }
  },
  remediate: (props: Props<StorageAccountArgs>, ctx) => {
    const minimum = ctx.config.minimumTlsVersion;
    const actual = "minimumTlsVersion" in props ? String(props.minimumTlsVersion) : "TLS1_0";
    if (TLS_ORDER.indexOf(actual) >= TLS_ORDER.indexOf(minimum)) return undefined;
    return { ...rawProps(props), minimumTlsVersion: minimum };
  },
});
