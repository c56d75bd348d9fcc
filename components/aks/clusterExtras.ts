import * as pulumi from "@pulumi/pulumi";
import { createDiagnosticSettings, createLock, createRoleAssignments } from "../common";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** The control-plane log categories the cluster sends to Azure Monitor by default. */
export const defaultClusterLogCategories = [
  "kube-apiserver",
  "kube-audit-admin",
  "guard",
  "kube-controller-manager",
  "kube-scheduler",
  "cluster-autoscaler",
];

/** The cluster's control-plane logs, the caller's role assignments on it and its lock. */
export function createClusterExtras(
  name: string,
  args: ResolvedInferenceClusterArgs,
  resourceId: pulumi.Input<string>,
  parent: pulumi.Resource,
): void {
  const child = { parent };
  createDiagnosticSettings(
    name,
    "cluster",
    resourceId,
    args.diagnosticSettings,
    child,
    defaultClusterLogCategories.map((category) => ({ category })),
  );
  createRoleAssignments(name, "cluster", resourceId, args.roleAssignments ?? [], child);
  createLock(name, args.clusterName, resourceId, args.lock, child);
}
