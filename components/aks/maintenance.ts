import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import { InferenceClusterArgs } from "./args";

/** Weekly windows for the Kubernetes and node OS auto-upgrades that are switched on. */
export function createMaintenanceWindows(
  name: string,
  args: InferenceClusterArgs,
  clusterName: string,
  upgradeChannel: string,
  nodeOSUpgradeChannel: string,
  cluster: containerservice.ManagedCluster,
  parent: pulumi.Resource,
): void {
  const w = args.maintenanceWindow ?? {};
  const window = {
    schedule: { weekly: { dayOfWeek: w.dayOfWeek ?? "Sunday", intervalWeeks: 1 } },
    durationHours: w.durationHours ?? 4,
    startTime: w.startTime ?? "00:00",
    utcOffset: w.utcOffset ?? "+00:00",
  };
  const configs: [string, string, boolean][] = [
    ["upgrade", "aksManagedAutoUpgradeSchedule", upgradeChannel !== "none"],
    [
      "node-os",
      "aksManagedNodeOSUpgradeSchedule",
      nodeOSUpgradeChannel !== "None" && nodeOSUpgradeChannel !== "Unmanaged",
    ],
  ];
  for (const [role, configName, enabled] of configs) {
    if (!enabled) continue;
    new containerservice.MaintenanceConfiguration(
      `${name}-maintenance-${role}`,
      {
        resourceGroupName: args.resourceGroupName,
        resourceName: clusterName,
        configName,
        maintenanceWindow: window,
      },
      { parent, dependsOn: [cluster] },
    );
  }
}
