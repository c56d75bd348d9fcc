/**
 * Relating a stack's AKS resources to their cluster. Pools, maintenance configurations, trusted
 * access bindings and extensions name the cluster (`resourceName`, `clusterName`) rather than
 * referring to its ID, and diagnostic settings target its ID; both are matched by graph edge
 * first, then by known strings, so the rules work at preview and without property dependencies.
 */
import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, TYPE_GROUPS, UNRESOLVED } from "../../../lib";

/** A known string, lower-cased, or undefined when absent or unknown at preview. */
function known(read: () => unknown): string | undefined {
  const value = peek(read);
  return typeof value === "string" ? value.toLowerCase() : undefined;
}

/** The cluster's Azure name: its `resourceName` input, else its `name` output. */
function clusterNameOf(cluster: PolicyResource): string | undefined {
  return known(() => cluster.props.resourceName ?? cluster.props.name);
}

/**
 * Whether `child` belongs to `cluster` through the input `property` that holds the cluster's
 * name: a graph edge, or the same known name (and the same resource group when both are known).
 */
export function namesCluster(
  child: PolicyResource,
  cluster: PolicyResource,
  property: string,
): boolean {
  if (refersTo(child, cluster, property)) return true;
  const name = clusterNameOf(cluster);
  if (name === undefined || known(() => child.props[property]) !== name) return false;
  const group = known(() => cluster.props.resourceGroupName);
  const childGroup = known(() => child.props.resourceGroupName);
  return group === undefined || childGroup === undefined || group === childGroup;
}

/** Whether a diagnostic setting targets the cluster (graph edge, or a known resourceUri). */
function targetsCluster(setting: PolicyResource, cluster: PolicyResource): boolean {
  if (refersTo(setting, cluster, "resourceUri")) return true;
  const uri = known(() => setting.props.resourceUri);
  if (uri === undefined) return false;
  const id = known(() => cluster.props.id);
  if (id !== undefined) return uri === id;
  const name = clusterNameOf(cluster);
  return name !== undefined && uri.endsWith(`/microsoft.containerservice/managedclusters/${name}`);
}

/** The stack's diagnostic settings that target the cluster. */
export function clusterDiagnosticSettings(
  resources: readonly PolicyResource[],
  cluster: PolicyResource,
): PolicyResource[] {
  return ofType(resources, TYPE_GROUPS.diagnosticSetting).filter((s) => targetsCluster(s, cluster));
}

/** One enabled `logs` or `metrics` entry of a diagnostic setting, as read. */
interface Entry {
  readonly category: unknown;
  readonly categoryGroup: unknown;
  readonly enabled: unknown;
}

/** What a diagnostic setting collects. */
export interface Collected {
  /** Enabled log categories, lower-cased. */
  readonly logs: ReadonlySet<string>;
  /** Enabled log category groups (`allLogs`, `audit`), lower-cased. */
  readonly logGroups: ReadonlySet<string>;
  /** Enabled metric categories, lower-cased. */
  readonly metrics: ReadonlySet<string>;
}

function entries(list: unknown): Entry[] {
  if (!Array.isArray(list)) return [];
  return list.map((e: Partial<Entry> | undefined) => ({
    category: e?.category,
    categoryGroup: e?.categoryGroup,
    enabled: e?.enabled,
  }));
}

function enabled(list: readonly Entry[], key: "category" | "categoryGroup"): Set<string> {
  const out = new Set<string>();
  for (const entry of list) {
    const value = entry[key];
    if (entry.enabled === true && typeof value === "string") out.add(value.toLowerCase());
  }
  return out;
}

/** The categories a setting enables; undefined when any of its entries is unknown at preview. */
export function collectedBy(setting: PolicyResource): Collected | undefined {
  const read = peek(() => ({
    logs: entries(setting.props.logs),
    metrics: entries(setting.props.metrics),
  }));
  if (read === UNRESOLVED) return undefined;
  return {
    logs: enabled(read.logs, "category"),
    logGroups: enabled(read.logs, "categoryGroup"),
    metrics: enabled(read.metrics, "category"),
  };
}
