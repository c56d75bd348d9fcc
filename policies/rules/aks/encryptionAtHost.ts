import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksEncryptionAtHost = resourceRule({
  name: "aks-encryption-at-host",
  description: "AKS nodes encrypt temporary disks and disk caches at the host.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_227",
    "azpol:Temp disks and cache for agent node pools in Azure Kubernetes Service clusters should be encrypted at host",
    "mcsb:DP-4",
  ],
  remediationSteps:
    "Set enableEncryptionAtHost to true on every pool (register the EncryptionAtHost feature on the subscription first).",
  url: "https://learn.microsoft.com/azure/aks/enable-host-encryption",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (pool.enableEncryptionAtHost !== true) {
        const actual =
          "enableEncryptionAtHost" in pool ? String(pool.enableEncryptionAtHost) : "not set";
        ctx.report(`${at}enableEncryptionAtHost must be true; it is ${actual}.`);
      }
    }
  },
});
