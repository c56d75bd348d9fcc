import * as pulumi from "@pulumi/pulumi";
import * as containerservice from "@pulumi/azure-native/containerservice";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** Weekly windows for the Kubernetes and node OS auto-upgrades that are switched on. */
export function createMaintenanceWindows(
  name: string,
  args: ResolvedInferenceClusterArgs,
  cluster: containerservice.ManagedCluster,
  parent: pulumi.Resource,
): void {
  const { upgradeChannel, nodeOSUpgradeChannel } = args;
  const w = args.maintenanceWindow;
  const window = {
    schedule: { weekly: { dayOfWeek: w.dayOfWeek, intervalWeeks: 1 } },
    durationHours: w.durationHours,
    startTime: w.startTime,
    utcOffset: w.utcOffset,
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
        resourceName: args.clusterName,
        configName,
        maintenanceWindow: window,
      },
      { parent, dependsOn: [cluster] },
    );
  }
}
