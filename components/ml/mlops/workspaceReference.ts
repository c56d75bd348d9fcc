import * as pulumi from "@pulumi/pulumi";
import {
  composeResourceId,
  InputValidator,
  nameProblem,
  parseResourceId,
  plain,
  resourceIdProblem,
} from "../../common";

const workspaceType = "Microsoft.MachineLearningServices/workspaces";

/**
 * How the MLOps components find the Azure ML workspace they work in: by name in
 * `resourceGroupName`, or by ARM ID (`PrivateMlWorkspace.resourceId` fits), never both.
 */
export interface WorkspaceReferenceArgs {
  /**
   * Required. The resource group for the Azure resources the component creates beside the
   * workspace (identities, alert rules); also the workspace's group when it is given by name.
   */
  resourceGroupName: pulumi.Input<string>;
  /**
   * The workspace's name, in `resourceGroupName`. Give this or
   * `machineLearningWorkspaceResourceId`.
   * @default - taken from `machineLearningWorkspaceResourceId`
   */
  workspaceName?: pulumi.Input<string>;
  /**
   * The `Microsoft.MachineLearningServices/workspaces` ID, for a workspace in any resource group.
   * Give this or `workspaceName`.
   * @default - composed from `workspaceName` and `resourceGroupName`
   */
  machineLearningWorkspaceResourceId?: pulumi.Input<string>;
}

/** The workspace, resolved; every value is known at preview when the inputs are. */
export interface WorkspaceReference {
  subscriptionId: pulumi.Output<string>;
  resourceGroupName: pulumi.Output<string>;
  workspaceName: pulumi.Output<string>;
  resourceId: pulumi.Output<string>;
}

export function validateWorkspaceReference(v: InputValidator, args: WorkspaceReferenceArgs): void {
  const byName = args.workspaceName !== undefined;
  const byId = args.machineLearningWorkspaceResourceId !== undefined;
  v.check(
    byName !== byId,
    "workspaceName",
    byName
      ? "conflicts with machineLearningWorkspaceResourceId: name the workspace one way only"
      : "is required unless machineLearningWorkspaceResourceId is given",
  );
  v.report(
    "machineLearningWorkspaceResourceId",
    resourceIdProblem(args.machineLearningWorkspaceResourceId, workspaceType),
  );
  const name = plain(args.workspaceName);
  if (name !== undefined) v.report("workspaceName", nameProblem("mlWorkspace", name));
}

/** Resolves the workspace's group, name and ARM ID. Validate first. */
export function resolveWorkspace(
  args: WorkspaceReferenceArgs,
  subscriptionId: pulumi.Input<string>,
): WorkspaceReference {
  if (args.machineLearningWorkspaceResourceId !== undefined) {
    const id = pulumi.output(args.machineLearningWorkspaceResourceId);
    const parsed = id.apply((value) => parseResourceId(value));
    return {
      subscriptionId: parsed.apply((p) => p?.subscriptionId ?? ""),
      resourceGroupName: parsed.apply((p) => p?.resourceGroupName ?? ""),
      workspaceName: parsed.apply((p) => p?.name ?? ""),
      resourceId: id,
    };
  }
  const workspaceName = pulumi.output(args.workspaceName!);
  return {
    subscriptionId: pulumi.output(subscriptionId),
    resourceGroupName: pulumi.output(args.resourceGroupName),
    workspaceName,
    resourceId: composeResourceId(
      subscriptionId,
      args.resourceGroupName,
      workspaceType,
      workspaceName,
    ),
  };
}
