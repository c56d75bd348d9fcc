/** Stack resources around the compliant AKS cluster, for the stack rules. */
import { T } from "../../../../policies/lib";
import { stackResource } from "../../../helpers/policyArgs";
import { compliantCluster } from "./fixtures";

export const DIAGNOSTIC_SETTING = "azure-native:monitor:DiagnosticSetting";
export const CLUSTER_ID =
  "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.ContainerService/managedClusters/aks-ai";

/** The compliant cluster as a stack resource (its Azure name is `aks-ai`). */
export const clusterResource = (fields: Record<string, unknown> = {}, name = "aks") =>
  stackResource(T.managedCluster, name, { ...compliantCluster(), ...fields });

/** A diagnostic setting on the cluster, found by its known resourceUri. */
export const clusterSetting = (
  logs: unknown,
  metrics: unknown = [{ category: "AllMetrics", enabled: true }],
  name = "diag",
) =>
  stackResource(DIAGNOSTIC_SETTING, name, {
    resourceUri: CLUSTER_ID,
    workspaceId:
      "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.OperationalInsights/workspaces/log-ai",
    logs,
    metrics,
  });

/** Enabled log entries for the given categories. */
export const logsOf = (...categories: string[]) =>
  categories.map((category) => ({ category, enabled: true }));
