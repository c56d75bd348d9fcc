/** Pairing storage accounts with their blob service settings (`storage:BlobServiceProperties`). */
import type { PolicyResource } from "@pulumi/policy";
import { isDescendantOf, ofType, peek, refersTo, T, UNRESOLVED } from "../../../lib";

/** Account kinds without a blob service. */
const NO_BLOB_SERVICE = ["FileStorage"];

/** "yes", "no" or "unknown": whether the blob service settings belong to the account. */
function belongsTo(service: PolicyResource, account: PolicyResource): "yes" | "no" | "unknown" {
  if (refersTo(service, account, "accountName")) return "yes";
  const named = peek(() => service.props.accountName as unknown);
  const actual = peek(() => account.props.accountName as unknown);
  if (named === UNRESOLVED || actual === UNRESOLVED) return "unknown";
  if (typeof named !== "string" || typeof actual !== "string") return "no";
  const group = peek(() => service.props.resourceGroupName as unknown);
  const accountGroup = peek(() => account.props.resourceGroupName as unknown);
  const sameGroup =
    typeof group !== "string" ||
    typeof accountGroup !== "string" ||
    group.toLowerCase() === accountGroup.toLowerCase();
  return named.toLowerCase() === actual.toLowerCase() && sameGroup ? "yes" : "no";
}

/**
 * The stack's storage accounts that have blobs but certainly no blob service settings in the
 * stack, so Azure's defaults (no soft delete, no versioning) apply.
 */
export function accountsWithoutBlobService(resources: readonly PolicyResource[]): PolicyResource[] {
  const services = ofType(resources, [T.blobServiceProperties]);
  return ofType(resources, [T.storageAccount]).filter((account) => {
    const kind = peek(() => account.props.kind as unknown);
    if (typeof kind === "string" && NO_BLOB_SERVICE.includes(kind)) return false;
    const verdicts = services.map((s) =>
      isDescendantOf(s, account) ? "yes" : belongsTo(s, account),
    );
    return !verdicts.includes("yes") && !verdicts.includes("unknown");
  });
}
