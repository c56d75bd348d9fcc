import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";

/** A management lock on a component's main resource (AVM `lock`). */
export interface LockArgs {
  /** `CanNotDelete` blocks deletion; `ReadOnly` blocks every change; `None` creates no lock. */
  kind: "CanNotDelete" | "ReadOnly" | "None";
  /** @default `lock-<resource name>` */
  name?: string;
  /** @default - a sentence naming what the lock prevents */
  notes?: string;
}

export const lockKinds: readonly LockArgs["kind"][] = ["CanNotDelete", "ReadOnly", "None"];

/** Creates the lock, or nothing for `None` or no lock. */
export function createLock(
  componentName: string,
  resourceName: pulumi.Input<string>,
  scope: pulumi.Input<string>,
  lock: LockArgs | undefined,
  opts: pulumi.CustomResourceOptions,
): authorization.ManagementLockByScope | undefined {
  if (!lock || lock.kind === "None") return undefined;
  return new authorization.ManagementLockByScope(
    `${componentName}-lock`,
    {
      scope,
      level: lock.kind,
      lockName: lock.name ?? pulumi.interpolate`lock-${resourceName}`,
      notes:
        lock.notes ??
        (lock.kind === "CanNotDelete"
          ? "Cannot delete the resource or its children."
          : "Cannot delete or modify the resource or its children."),
    },
    opts,
  );
}
