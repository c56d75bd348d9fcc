/** One published rule of a peer scanner, in our own words. */
export interface PeerRule {
  /** As cited in policy anchors: "checkov:CKV_AZURE_35", "checkov:CKV2_AZURE_1", "psrule:Azure.Storage.SecureTransfer". */
  anchor: string;
  /** What the peer rule requires, one line, our words. */
  checks: string;
  /** azure-native v3 type tokens it applies to. */
  types: string[];
  /** Why the pack does not implement it (absent when a policy cites the anchor). */
  outOfScope?: string;
  /**
   * In scope, yet no policy implements it: why not (yet). Counts against the coverage figure;
   * absent when a policy cites the anchor or the rule is out of scope.
   */
  notImplemented?: string;
}
