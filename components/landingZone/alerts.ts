import type * as pulumi from "@pulumi/pulumi";
import { AlertsArgs, createAlertRules } from "../monitoring";
import type { Zone } from "./resolve";

/**
 * Alerts on the zone's own resources, to the Observability action group. They are created by the
 * composite because the Observability workspace must exist before the resources it watches; each
 * child contributes its part of `alerts`.
 */
export function buildAlerts(
  zone: Zone,
  parent: pulumi.Resource,
  actionGroupResourceId: pulumi.Input<string>,
  alerts: AlertsArgs,
): void {
  createAlertRules(
    {
      componentName: zone.name,
      resourceGroupName: zone.common.resourceGroupName,
      location: zone.common.location,
      actionGroupResourceId,
      tags: zone.tags,
      parent,
    },
    alerts,
  );
}
