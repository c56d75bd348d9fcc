/**
 * A stack with exactly one peer scanner's defect, held against the policy that cites the peer's
 * rule: `anchors.spec.ts` runs each case through that policy and expects a violation. One file per
 * resource family (`storage.ts`, `network.ts`, ...), each exporting `anchorCases`.
 */
export interface AnchorCase {
  /** The cited anchor, e.g. "checkov:CKV_AZURE_35". */
  anchor: string;
  /** The name of the policy that cites it. */
  policy: string;
  /** For a resource rule: one resource that has exactly the peer's defect. */
  resource?: { type: string; props: Record<string, unknown>; opts?: Record<string, unknown> };
  /** For a stack rule: the stack's resources that have the defect. */
  stack?: Array<{ type: string; name: string; props: Record<string, unknown> }>;
  /**
   * The policy's config entry, when the peer's rule needs a parameter to express the defect
   * (an allowed-regions list, say). @default {}
   */
  config?: Record<string, unknown>;
  /** Stack tags, for policies that check production stacks only. @default {} */
  stackTags?: Record<string, string>;
}
