/**
 * Checkov and PSRule for Azure rules on container registries, their replications and webhooks.
 * Read from bridgecrewio/checkov and Azure/PSRule.Rules.Azure (v1.48 baselines; Azure.ACR.ContentTrust
 * is no longer in them).
 */
import { T } from "../../../lib";
import type { PeerRule } from "../peerRule";

const REGISTRY = [T.registry];
/** Rules PSRule evaluates only on exported, deployed registries ("in-flight" data). */
const LIVE = "Evaluated by PSRule on an exported, running registry (IsExport)";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_137",
    checks: "The admin user is disabled.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_138",
    checks: "Anonymous pull is disabled.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_139",
    checks: "Public network access is disabled.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_163",
    checks: "The SKU is Standard or Premium, which image vulnerability scanning needs.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_164",
    checks: "Docker Content Trust (trust policy) is enabled.",
    types: REGISTRY,
    outOfScope:
      "Docker Content Trust is retired in ACR: since 31 May 2026 it cannot be enabled on registries that do not already use it, and it is removed on 31 March 2028 (Notary Project signatures, which are not a registry setting, replace it).",
  },
  {
    anchor: "checkov:CKV_AZURE_165",
    checks: "Premium registries are geo-replicated.",
    types: [T.registry, T.registryReplication],
  },
  {
    anchor: "checkov:CKV_AZURE_166",
    checks: "Image quarantine is enabled.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_167",
    checks: "A retention policy removes untagged manifests.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV_AZURE_233",
    checks: "The registry and its replications are zone-redundant.",
    types: [T.registry, T.registryReplication],
  },
  {
    anchor: "checkov:CKV_AZURE_237",
    checks: "Dedicated data endpoints are enabled.",
    types: REGISTRY,
  },
  {
    anchor: "checkov:CKV2_AZURE_30",
    checks: "Webhooks call an https:// service URI.",
    types: [T.registryWebhook],
  },
  {
    anchor: "psrule:Azure.ACR.AdminUser",
    checks: "The admin user is disabled.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.AnonymousAccess",
    checks: "Anonymous pull is disabled.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.ContainerScan",
    checks: "Defender vulnerability assessments exist for the registry's images.",
    types: REGISTRY,
    outOfScope: `${LIVE}: it reads Microsoft.Security/assessments of pushed images, which no deployment input holds.`,
  },
  {
    anchor: "psrule:Azure.ACR.ExportPolicy",
    checks: "The export policy is disabled, so artifacts cannot be exfiltrated.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.Firewall",
    checks: "Public access is disabled or the network rule set denies by default.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.GeoReplica",
    checks: "The registry has a replica in another region.",
    types: [T.registry, T.registryReplication],
  },
  {
    anchor: "psrule:Azure.ACR.ImageHealth",
    checks: "No pushed image has unhealthy vulnerability assessments.",
    types: REGISTRY,
    outOfScope: `${LIVE}: it judges the scan results of images pushed after deployment.`,
  },
  {
    anchor: "psrule:Azure.ACR.MinSku",
    checks: "The SKU is Standard or Premium.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.Name",
    checks: "The registry name is 5-50 letters or digits.",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.Naming",
    checks: "The registry name matches the configured naming convention (CAF prefix cr).",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.Quarantine",
    checks: "Image quarantine is enabled (preview rule).",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.ReplicaLocation",
    checks: "Replicas are only in the configured allowed regions.",
    types: [T.registry, T.registryReplication],
  },
  {
    anchor: "psrule:Azure.ACR.Retention",
    checks: "A retention policy removes untagged manifests (preview rule).",
    types: REGISTRY,
  },
  {
    anchor: "psrule:Azure.ACR.SoftDelete",
    checks: "Soft delete with retention days is on where Azure allows it (preview rule).",
    types: [T.registry, T.registryReplication],
  },
  {
    anchor: "psrule:Azure.ACR.Usage",
    checks: "Registry storage use stays under 90% of its limit.",
    types: REGISTRY,
    outOfScope: `${LIVE}: it reads the registry's current storage usage.`,
  },
];
