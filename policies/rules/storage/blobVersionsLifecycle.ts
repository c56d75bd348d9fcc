import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, referencedThrough, stackRule, T, UNRESOLVED } from "../../lib";

type Verdict = "yes" | "no" | "unknown";

/** The account a storage child names: its name (lower case) and group, or unknown at preview. */
function accountOf(r: PolicyResource): { name: string; group?: string } | "unknown" | undefined {
  const name = peek(() => r.props.accountName as unknown);
  if (name === UNRESOLVED) return "unknown";
  if (typeof name !== "string") return undefined;
  const group = peek(() => r.props.resourceGroupName as unknown);
  return {
    name: name.toLowerCase(),
    group: typeof group === "string" ? group.toLowerCase() : undefined,
  };
}

/** Whether the blob service settings and the management policy are on the same account. */
function sameAccount(service: PolicyResource, policy: PolicyResource): Verdict {
  const viaService = referencedThrough(service, "accountName").filter(
    (r) => r.type === T.storageAccount,
  );
  const viaPolicy = referencedThrough(policy, "accountName").filter(
    (r) => r.type === T.storageAccount,
  );
  if (viaService.some((a) => viaPolicy.some((b) => a.urn === b.urn))) return "yes";
  const a = accountOf(service);
  const b = accountOf(policy);
  if (a === "unknown" || b === "unknown") return "unknown";
  if (a === undefined || b === undefined) return "no";
  const groups = a.group === undefined || b.group === undefined || a.group === b.group;
  return a.name === b.name && groups ? "yes" : "no";
}

/** Whether the policy deletes previous blob versions in an enabled rule. */
function deletesVersions(policy: PolicyResource): Verdict {
  const rules = peek(() => (policy.props.policy?.rules ?? []) as any[]);
  if (rules === UNRESOLVED) return "unknown";
  return rules.some(
    (rule) =>
      rule?.enabled !== false &&
      rule?.definition?.actions?.version?.delete?.daysAfterCreationGreaterThan !== undefined,
  )
    ? "yes"
    : "no";
}

export const storageBlobVersionsLifecycle = stackRule({
  name: "storage-blob-versions-lifecycle",
  description:
    "Storage accounts that keep blob versions also delete old versions with a lifecycle management rule.",
  severity: "low",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["own:Azure Storage lifecycle management, version actions"],
  remediationSteps:
    "Add a storage:ManagementPolicy (managementPolicyName 'default') on the account with an enabled rule whose actions.version.delete.daysAfterCreationGreaterThan is set (CmkStorageAccount adds one unless lifecycle: { enabled: false }).",
  url: "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview",
  types: [T.blobServiceProperties, T.managementPolicy],
  subject: T.blobServiceProperties,
  validate: (resources, ctx) => {
    const policies = ofType(resources, [T.managementPolicy]);
    for (const service of ofType(resources, [T.blobServiceProperties])) {
      const versioning = peek(() => service.props.isVersioningEnabled as unknown);
      if (versioning !== true) continue;
      const verdicts = policies.map((p) => {
        const same = sameAccount(service, p);
        if (same === "no") return "no";
        const deletes = deletesVersions(p);
        return same === "yes" ? deletes : deletes === "no" ? "no" : "unknown";
      });
      if (verdicts.includes("yes") || verdicts.includes("unknown")) continue;
      ctx.report(
        `The blob service '${service.name}' keeps every previous version, but no lifecycle rule of its account deletes old versions; add a storage:ManagementPolicy rule with actions.version.delete.`,
        service,
      );
    }
  },
});
