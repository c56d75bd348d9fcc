import * as pulumi from "@pulumi/pulumi";
import {
  createDiagnosticSettings,
  DiagnosticSettingArgs,
  validateDiagnosticSettings,
} from "./diagnosticSettings";
import { createLock } from "./lock";
import { PrivateLinkGroupId } from "./privateDnsZones";
import {
  createPrivateEndpoint,
  PrivateEndpointArgs,
  PrivateEndpointOutput,
  PrivateEndpointTarget,
  validatePrivateEndpoint,
} from "./privateEndpoints";
import { createRoleAssignments } from "./roleAssignments";
import { SharedResourceArgs, validateSharedArgs } from "./sharedArgs";
import { InputValidator } from "./validation";

/** The arguments every private main resource takes for what surrounds it. */
export interface PrivateResourceExtrasArgs extends SharedResourceArgs {
  privateEndpoint: PrivateEndpointArgs;
  diagnosticSettings: DiagnosticSettingArgs[];
}

/**
 * The validation twin of `createPrivateResourceExtras`: the private endpoint for every
 * private-link group the component will create, the diagnostic settings, and the shared `tags`,
 * `lock` and `roleAssignments`, each at its own argument's path.
 */
export function validatePrivateResourceExtras(
  v: InputValidator,
  args: PrivateResourceExtrasArgs,
  groupIds: readonly PrivateLinkGroupId[],
): void {
  validatePrivateEndpoint(v, "privateEndpoint", args.privateEndpoint, groupIds);
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}

/**
 * Creates what surrounds a private main resource, the same way in every component: one private
 * endpoint per private-link group, the diagnostic settings, the role assignments and the lock.
 * `role` names the resource in child names (`<component>-diag-<role>`, `<component>-ra-<role>-…`).
 *
 * @param defaultLogs log categories when a setting names none (`[]` for metrics-only resources).
 */
export function createPrivateResourceExtras(
  componentName: string,
  role: string,
  target: PrivateEndpointTarget,
  groupIds: readonly PrivateLinkGroupId[],
  args: PrivateResourceExtrasArgs,
  opts: pulumi.CustomResourceOptions,
  defaultLogs?: { category?: string; categoryGroup?: string }[],
): PrivateEndpointOutput[] {
  const endpoints = groupIds.map((groupId) =>
    createPrivateEndpoint(componentName, target, groupId, args.privateEndpoint, opts),
  );
  createDiagnosticSettings(
    componentName,
    role,
    target.resourceId,
    args.diagnosticSettings,
    opts,
    defaultLogs,
  );
  createRoleAssignments(componentName, role, target.resourceId, args.roleAssignments ?? [], opts);
  createLock(componentName, target.resourceName, target.resourceId, args.lock, opts);
  return endpoints;
}
