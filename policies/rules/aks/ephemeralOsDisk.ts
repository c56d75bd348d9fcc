import { resourceRule } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

export const aksEphemeralOsDisk = resourceRule({
  name: "aks-ephemeral-os-disk",
  description:
    "AKS node pools use ephemeral OS disks for lower latency and faster node scale-out and reimage.",
  severity: "low",
  pillar: "performance-efficiency",
  principle: "evaluate-resource-needs",
  anchors: ["checkov:CKV_AZURE_226", "psrule:Azure.AKS.EphemeralOSDisk"],
  remediationSteps:
    "Set osDiskType to 'Ephemeral' on every pool whose VM size has a cache or temp disk large enough for osDiskSizeGB.",
  url: "https://learn.microsoft.com/azure/aks/concepts-storage#ephemeral-os-disk",
  types: POOL_TYPES,
  validate: (props: Record<string, any>, ctx) => {
    for (const { pool, at } of poolsOf(props, ctx.type)) {
      if (pool.osDiskType !== "Ephemeral") {
        const actual = "osDiskType" in pool ? `'${String(pool.osDiskType)}'` : "not set";
        ctx.report(`${at}osDiskType must be 'Ephemeral'; it is ${actual}.`);
      }
    }
  },
});
