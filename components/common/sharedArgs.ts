import { LockArgs, lockKinds } from "./lock";
import { RoleAssignmentArgs, validateRoleAssignments } from "./roleAssignments";
import { Tags, tagProblems } from "./tags";
import { InputValidator } from "./validation";

/** The AVM interfaces every component with a main resource accepts. */
export interface SharedResourceArgs {
  /** Role assignments on the main resource. @default [] */
  roleAssignments?: RoleAssignmentArgs[];
  /** A management lock on the main resource. @default - no lock */
  lock?: LockArgs;
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

/** Validates `tags`, `lock` and `roleAssignments` the same way for every component. */
export function validateSharedArgs(v: InputValidator, args: SharedResourceArgs): void {
  v.report("tags", tagProblems(args.tags));
  v.check(
    args.lock === undefined || lockKinds.includes(args.lock.kind),
    "lock.kind",
    `"${args.lock?.kind}" is not a lock kind: use CanNotDelete, ReadOnly or None`,
  );
  validateRoleAssignments(v, "roleAssignments", args.roleAssignments);
}
