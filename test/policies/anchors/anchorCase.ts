export interface AnchorCase {
  /** The cited anchor, e.g. "checkov:CKV_AZURE_35". */
  anchor: string;
  /** The name of the policy that cites it. */
  policy: string;
  /** For a resource rule: one resource that has exactly the peer's defect. */
  resource?: { type: string; props: Record<string, unknown>; opts?: Record<string, unknown> };
  /** For a stack rule: the stack's resources that have the defect. */
  stack?: Array<{ type: string; name: string; props: Record<string, unknown> }>;
}
