import { ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { namesCluster } from "./lib/clusterLinks";

/**
 * The schedule AKS reads for each automatic upgrade (by its fixed configuration name), and whether
 * the cluster's channel turns that upgrade on. Unset, the Kubernetes channel is 'none' and the
 * node OS channel 'NodeImage' (AKS's defaults).
 */
const SCHEDULES: readonly { name: string; channel: string; on: (channel: unknown) => boolean }[] = [
  {
    name: "aksManagedAutoUpgradeSchedule",
    channel: "upgradeChannel",
    on: (c) => c !== undefined && c !== null && String(c).toLowerCase() !== "none",
  },
  {
    name: "aksManagedNodeOSUpgradeSchedule",
    channel: "nodeOSUpgradeChannel",
    on: (c) =>
      c === undefined || c === null || !["none", "unmanaged"].includes(String(c).toLowerCase()),
  },
];

export const aksMaintenanceWindows = stackRule({
  name: "aks-maintenance-windows",
  description:
    "AKS clusters confine the automatic Kubernetes and node OS upgrades they turn on to planned maintenance windows.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.AKS.MaintenanceWindow"],
  remediationSteps:
    "Add containerservice:MaintenanceConfiguration resources named 'aksManagedAutoUpgradeSchedule' (when autoUpgradeProfile.upgradeChannel names a channel) and 'aksManagedNodeOSUpgradeSchedule' (unless nodeOSUpgradeChannel is 'None' or 'Unmanaged') on the cluster, each with a maintenanceWindow (schedule, durationHours of at least 4, startTime, utcOffset). A channel that is off needs no window; aks-auto-upgrade reports it.",
  url: "https://learn.microsoft.com/azure/aks/planned-maintenance",
  types: [T.managedCluster, T.maintenanceConfiguration],
  subject: T.managedCluster,
  validate: (resources, ctx) => {
    const configurations = ofType(resources, [T.maintenanceConfiguration]);
    for (const cluster of ofType(resources, [T.managedCluster])) {
      const names = configurations
        .filter((c) => namesCluster(c, cluster, "resourceName"))
        .map((c) => peek(() => (c.props.configName ?? c.props.name) as unknown));
      // A configuration whose name is unknown at preview may be either schedule.
      if (names.some((n) => typeof n !== "string")) continue;
      const channels = SCHEDULES.map((s) =>
        peek(() => cluster.props.autoUpgradeProfile?.[s.channel] as unknown),
      );
      // A channel unknown at preview may or may not run upgrades.
      if (channels.some((c) => c === UNRESOLVED)) continue;
      const missing = SCHEDULES.filter(
        (s, i) =>
          s.on(channels[i]) && !names.some((n) => String(n).toLowerCase() === s.name.toLowerCase()),
      );
      if (missing.length === 0) continue;
      ctx.report(
        `AKS cluster '${cluster.name}' has no maintenance configuration ${missing.map((m) => `'${m.name}'`).join(" or ")}; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.`,
        cluster,
      );
    }
  },
});
