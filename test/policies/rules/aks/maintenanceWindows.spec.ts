import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksMaintenanceWindows as rule } from "../../../../policies/rules/aks/maintenanceWindows";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { clusterResource } from "./stackFixtures";

const WINDOW = {
  schedule: { weekly: { dayOfWeek: "Sunday", intervalWeeks: 1 } },
  durationHours: 4,
  startTime: "00:00",
  utcOffset: "+00:00",
};
const configuration = (
  configName: unknown,
  resourceName: unknown = "aks-ai",
  name = String(configName),
) =>
  stackResource(T.maintenanceConfiguration, name, {
    resourceGroupName: "rg-ai",
    resourceName,
    configName,
    maintenanceWindow: WINDOW,
  });
const both = () => [
  configuration("aksManagedAutoUpgradeSchedule"),
  configuration("aksManagedNodeOSUpgradeSchedule"),
];

describe("aks-maintenance-windows", () => {
  it("passes a cluster with both upgrade schedules", () => {
    const result = runStackPolicy(rule, [clusterResource(), ...both()]);
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports missing schedules on the cluster", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      configuration("aksManagedAutoUpgradeSchedule"),
    ]);
    assert.deepStrictEqual(messages(result), [
      "AKS cluster 'aks' has no maintenance configuration 'aksManagedNodeOSUpgradeSchedule'; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.managedCluster, "aks"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [clusterResource(), configuration("default")])),
      [
        "AKS cluster 'aks' has no maintenance configuration 'aksManagedAutoUpgradeSchedule' or 'aksManagedNodeOSUpgradeSchedule'; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.",
      ],
    );
  });

  it("does not count schedules of another cluster, and finds the cluster's by graph edge", () => {
    const other = [
      configuration("aksManagedAutoUpgradeSchedule", "aks-other", "a"),
      configuration("aksManagedNodeOSUpgradeSchedule", "aks-other", "b"),
    ];
    assert.strictEqual(messages(runStackPolicy(rule, [clusterResource(), ...other])).length, 1);
    const cluster = clusterResource({ resourceName: UNKNOWN });
    const linked = ["aksManagedAutoUpgradeSchedule", "aksManagedNodeOSUpgradeSchedule"].map((n) =>
      stackResource(
        T.maintenanceConfiguration,
        n,
        { resourceName: UNKNOWN, configName: n },
        { propertyDependencies: { resourceName: [cluster] } },
      ),
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [cluster, ...linked])), []);
  });

  it("asks only for the schedules of the upgrades the cluster turns on", () => {
    const channels = (upgradeChannel: unknown, nodeOSUpgradeChannel: unknown) =>
      clusterResource({ autoUpgradeProfile: { upgradeChannel, nodeOSUpgradeChannel } });
    const upgradeOnly = [configuration("aksManagedAutoUpgradeSchedule")];
    const nodeOsOnly = [configuration("aksManagedNodeOSUpgradeSchedule")];
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [channels("none", "NodeImage"), ...nodeOsOnly])),
      [],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [channels("patch", "Unmanaged"), ...upgradeOnly])),
      [],
    );
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [channels("stable", "None"), ...upgradeOnly])),
      [],
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [channels("none", "None")])), []);
    // Unset, Kubernetes upgrades are off and node image upgrades on (AKS's defaults).
    const unset = clusterResource({ autoUpgradeProfile: {} });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [unset, ...nodeOsOnly])), []);
    assert.deepStrictEqual(messages(runStackPolicy(rule, [unset])), [
      "AKS cluster 'aks' has no maintenance configuration 'aksManagedNodeOSUpgradeSchedule'; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.",
    ]);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [channels("rapid", "SecurityPatch"), ...nodeOsOnly])),
      [
        "AKS cluster 'aks' has no maintenance configuration 'aksManagedAutoUpgradeSchedule'; add a containerservice:MaintenanceConfiguration with that configName and a maintenanceWindow.",
      ],
    );
  });

  it("waits when a channel is unknown at preview", () => {
    const cluster = clusterResource({
      autoUpgradeProfile: { upgradeChannel: UNKNOWN, nodeOSUpgradeChannel: "NodeImage" },
    });
    const result = runStackPolicy(rule, [cluster]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.ran, true);
  });

  it("waits when a configuration's name is unknown at preview", () => {
    const result = runStackPolicy(rule, [clusterResource(), configuration(UNKNOWN, "aks-ai", "c")]);
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });
});
