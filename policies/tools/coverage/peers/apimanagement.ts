/**
 * Checkov rules on API Management services and backends, read from Checkov's Terraform API
 * Management checks.
 */
import type { PeerRule } from "../peerRule";

const SERVICE = "azure-native:apimanagement:ApiManagementService";
const BACKEND = "azure-native:apimanagement:Backend";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_107",
    checks: "The service is deployed into a virtual network.",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_152",
    checks: "Client certificates are enforced on the gateway.",
    types: [SERVICE],
    outOfScope:
      "AI gateway callers authenticate with Entra ID tokens or subscription keys; client certificates are one option among several, not a WAF requirement.",
  },
  {
    anchor: "checkov:CKV_AZURE_173",
    checks: "The service uses at least TLS 1.2.",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_174",
    checks: "Public network access is disabled.",
    types: [SERVICE],
  },
  {
    anchor: "checkov:CKV_AZURE_215",
    checks: "Backends are called over HTTPS.",
    types: [BACKEND],
  },
];
