/**
 * Relating a stack's Azure ML resources: computes name their workspace (`workspaceName`), a
 * workspace names its storage account by ID. Matched by graph edge first, then by known strings,
 * so the rules work at preview and without property dependencies.
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, refersTo } from "../../../lib";

/** A known string, lower-cased, or undefined when absent or unknown at preview. */
function known(read: () => unknown): string | undefined {
  const value = peek(read);
  return typeof value === "string" ? value.toLowerCase() : undefined;
}

/** Whether the compute (or another workspace child) belongs to the workspace. */
export function inWorkspace(child: PolicyResource, workspace: PolicyResource): boolean {
  if (refersTo(child, workspace, "workspaceName")) return true;
  const name = known(() => workspace.props.workspaceName ?? workspace.props.name);
  if (name === undefined || known(() => child.props.workspaceName) !== name) return false;
  const group = known(() => workspace.props.resourceGroupName);
  const childGroup = known(() => child.props.resourceGroupName);
  return group === undefined || childGroup === undefined || group === childGroup;
}

/** Whether the workspace keeps its data in the storage account (graph edge or known ID). */
export function usesStorage(workspace: PolicyResource, account: PolicyResource): boolean {
  if (refersTo(workspace, account, "storageAccount")) return true;
  const named = known(() => workspace.props.storageAccount);
  if (named === undefined) return false;
  const id = known(() => account.props.id);
  if (id !== undefined) return named === id;
  const name = known(() => account.props.accountName ?? account.props.name);
  return name !== undefined && named.endsWith(`/microsoft.storage/storageaccounts/${name}`);
}
