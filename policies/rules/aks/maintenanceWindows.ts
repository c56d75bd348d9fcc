import { ofType, peek, stackRule, T } from "../../lib";
import { namesCluster } from "./clusterLinks";

/** The schedules AKS reads for its automatic upgrades, by their fixed configuration names. */
const SCHEDULES = ["aksManagedAutoUpgradeSchedule", "aksManagedNodeOSUpgradeSchedule"];

export const maintenanceWindows = stackRule({
  name: "aks-maintenance-windows",
  description:
    "AKS clusters confine automatic Kubernetes and node OS upgrades to planned maintenance windows.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["psrule:Azure.AKS.MaintenanceWindow"],
  remediationSteps:
    "Add containerservice:MaintenanceConfiguration resources named 'aksManagedAutoUpgradeSchedule' and 'aksManagedNodeOSUpgradeSchedule' on the cluster, each with a maintenanceWindow (schedule, durationHours of at least 4, startTime, utcOffset).",
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
      const missing = SCHEDULES.filter(
        (s) => !names.some((n) => String(n).toLowerCase() === s.toLowerCase()),
      );
      if (missing.length === 0) continue;
      ctx.report(
        `AKS cluster '${cluster.name}' has no maintenance configuration ${missing.map((m) => `'${m}'`).join(" or ")}; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.`,
        cluster,
      );
    }
  },
});
