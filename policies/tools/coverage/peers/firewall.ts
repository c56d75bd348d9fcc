/**
 * Checkov and PSRule for Azure rules on Azure Firewall and firewall policies that the pack
 * implements. Read from bridgecrewio/checkov and Azure/PSRule.Rules.Azure.
 */
import { T } from "../../../lib";
import type { PeerRule } from "../peerRule";

export const peers: PeerRule[] = [
  {
    anchor: "checkov:CKV_AZURE_216",
    checks: "Threat intelligence is in Deny mode on the firewall.",
    types: [T.azureFirewall],
  },
  {
    anchor: "checkov:CKV_AZURE_220",
    checks: "The firewall policy's IDPS is in Deny mode.",
    types: [T.firewallPolicy],
  },
  {
    anchor: "psrule:Azure.Firewall.Mode",
    checks:
      "A classic (policy-less) firewall denies high-confidence malicious addresses and domains.",
    types: [T.azureFirewall],
  },
  {
    anchor: "psrule:Azure.Firewall.PolicyMode",
    checks: "A firewall policy denies high-confidence malicious addresses and domains.",
    types: [T.firewallPolicy],
  },
];
