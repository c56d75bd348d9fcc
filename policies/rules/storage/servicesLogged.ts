import type { PolicyResource } from "@pulumi/policy";
import {
  ofType,
  peek,
  quoteList,
  referencedThrough,
  refersTo,
  stackRule,
  T,
  TYPE_GROUPS,
  UNRESOLVED,
} from "../../lib";

/** The storage services that log data access, and the resource type that configures each. */
const SERVICE_TYPES: Record<string, string> = {
  blob: T.blobServiceProperties,
  file: T.fileServiceProperties,
  queue: T.queueServiceProperties,
  table: T.tableServiceProperties,
};
const OPERATIONS = ["StorageRead", "StorageWrite", "StorageDelete"];
const SERVICE_URI = /\/storageaccounts\/([^/]+)\/(blob|file|queue|table)services\/default\/?$/i;

/** Which account and service a diagnostic setting covers, as far as the stack can tell. */
interface Coverage {
  readonly service: string;
  /** The account's name, lower case, when the setting names it. */
  readonly accountName?: string;
  /** The service resource the setting depends on, when it does. */
  readonly via?: PolicyResource;
}

/** What the setting covers: a storage service, nothing of storage, or (at preview) not known. */
function coverage(setting: PolicyResource): Coverage | "none" | "unknown" {
  const uri = peek(() => setting.props.resourceUri as unknown);
  if (typeof uri === "string") {
    const match = SERVICE_URI.exec(uri);
    return match
      ? { service: match[2].toLowerCase(), accountName: match[1].toLowerCase() }
      : "none";
  }
  const refs = referencedThrough(setting, "resourceUri");
  for (const ref of refs) {
    const service = Object.keys(SERVICE_TYPES).find((s) => SERVICE_TYPES[s] === ref.type);
    if (service !== undefined) return { service, via: ref };
    if (ref.type === T.storageAccount) return "unknown";
  }
  // An unknown target that depends on nothing in the stack could be any storage service.
  return uri === UNRESOLVED && refs.length === 0 ? "unknown" : "none";
}

/** Whether the setting logs reads, writes and deletes (or every category). */
function logsOperations(setting: PolicyResource): boolean | "unknown" {
  const logs = peek(() => (setting.props.logs ?? []) as any[]);
  if (logs === UNRESOLVED) return "unknown";
  const enabled = logs.filter((l) => l?.enabled === true);
  if (enabled.some((l) => l.categoryGroup === "allLogs")) return true;
  const categories = new Set(enabled.map((l) => l.category));
  return OPERATIONS.every((c) => categories.has(c));
}

/** The account's name, lower case, or undefined when not known yet. */
function nameOf(account: PolicyResource): string | undefined {
  const name = peek(() => account.props.accountName as unknown);
  return typeof name === "string" ? name.toLowerCase() : undefined;
}

/** Whether the coverage belongs to the account: by name, or through the service resource's edge. */
function belongs(c: Coverage, account: PolicyResource, name: string | undefined): boolean {
  if (c.via !== undefined) {
    if (refersTo(c.via, account, "accountName")) return true;
    const named = peek(() => c.via?.props.accountName as unknown);
    return typeof named === "string" && named.toLowerCase() === name;
  }
  return c.accountName !== undefined && c.accountName === name;
}

export const storageServicesLogged = stackRule({
  name: "storage-services-logged",
  description:
    "Every storage account logs reads, writes and deletes of its blob, queue and table services to Azure Monitor.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["checkov:CKV_AZURE_33", "checkov:CKV2_AZURE_20", "checkov:CKV2_AZURE_21", "mcsb:LT-3"],
  remediationSteps:
    "Add a monitor:DiagnosticSetting per service with resourceUri '<account id>/<service>Services/default' and logs [{ categoryGroup: 'allLogs', enabled: true }] (or StorageRead, StorageWrite and StorageDelete).",
  url: "https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage",
  types: [T.storageAccount, ...TYPE_GROUPS.diagnosticSetting],
  subject: T.storageAccount,
  config: {
    services: {
      type: "array",
      items: { type: "string", enum: ["blob", "file", "queue", "table"] },
      default: ["blob", "queue", "table"],
      description: "Storage services whose data access must be logged.",
    },
  },
  validate: (resources, ctx) => {
    const settings = ofType(resources, TYPE_GROUPS.diagnosticSetting).map((s) => ({
      coverage: coverage(s),
      logs: logsOperations(s),
    }));
    const undecided = settings.some(
      (s) => s.coverage === "unknown" || (typeof s.coverage === "object" && s.logs === "unknown"),
    );
    for (const account of ofType(resources, [T.storageAccount])) {
      const name = nameOf(account);
      const missing = ctx.config.services.filter(
        (service) =>
          !settings.some(
            (s) =>
              typeof s.coverage === "object" &&
              s.coverage.service === service &&
              s.logs === true &&
              belongs(s.coverage, account, name),
          ),
      );
      // A setting whose target or logs are unknown at preview may still cover this account.
      if (missing.length === 0 || undecided || (name === undefined && settings.length > 0))
        continue;
      ctx.report(
        `The storage account '${account.name}' does not log reads, writes and deletes of its ${quoteList(missing)} service(s); add diagnostic settings on them.`,
        account,
      );
    }
  },
});
