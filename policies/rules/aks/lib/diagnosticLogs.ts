/** What the stack's diagnostic settings collect from one AKS cluster, for the log rules. */
import type { PolicyResource } from "@pulumi/policy";
import { clusterDiagnosticSettings, Collected, collectedBy } from "./clusterLinks";

/** The cluster's settings and what they collect; undefined when one is unknown at preview. */
export function clusterCollection(
  resources: readonly PolicyResource[],
  cluster: PolicyResource,
): Collected[] | undefined {
  const collected = clusterDiagnosticSettings(resources, cluster).map(collectedBy);
  return collected.some((c) => c === undefined) ? undefined : (collected as Collected[]);
}

/** Whether the setting collects the log `category`, by name or through a category group. */
export function collectsLog(setting: Collected, category: string, groups: readonly string[]) {
  return (
    setting.logs.has(category.toLowerCase()) ||
    groups.some((g) => setting.logGroups.has(g.toLowerCase()))
  );
}
