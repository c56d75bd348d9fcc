import * as pulumi from "@pulumi/pulumi";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import {
  azureContext,
  createLock,
  createRoleAssignments,
  defaultComputeName,
  defaultName,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  resourceIdProblem,
  SharedResourceArgs,
  validateSharedArgs,
  vmSizePattern,
} from "../../common";
import { durationSeconds } from "../../../policies/facts/isoDuration";
import { defaultTrainingVmSizes, isAllowedVmSize } from "./vmSizes";
import {
  resolveWorkspace,
  validateWorkspaceReference,
  WorkspaceReferenceArgs,
} from "./workspaceReference";

const token = "ailz:ml:TrainingCluster";

/** Cluster settings Azure fixes at creation. */
export const immutableComputeProperties = [
  "properties.properties.vmSize",
  "properties.properties.vmPriority",
  "properties.properties.subnet",
];

export interface TrainingClusterArgs extends WorkspaceReferenceArgs, SharedResourceArgs {
  /** @default - the resource group's location (the workspace's region) */
  location?: pulumi.Input<string>;
  /**
   * The cluster's name in the workspace: 2-16 letters, digits or hyphens, starting with a letter.
   * @default the component name, cut to 16 characters
   */
  computeName?: string;
  /** The VM size of every node; must be in `allowedVmSizes`. @default "Standard_DS3_v2" */
  vmSize?: string;
  /**
   * The sizes this cluster may use, a cost guardrail set by the platform team.
   * @default `defaultTrainingVmSizes` (current CPU sizes and T4/A100/H100 GPU sizes)
   */
  allowedVmSizes?: string[];
  /**
   * `LowPriority` nodes cost a fraction of dedicated ones but Azure may pre-empt them, so jobs
   * should checkpoint. `Dedicated` is the explicit opt-in for jobs that cannot be interrupted.
   * @default "LowPriority"
   */
  vmPriority?: "LowPriority" | "Dedicated";
  /** The most nodes a job can scale the cluster to (1-1000), the cost ceiling. @default 4 */
  maxNodeCount?: number;
  /**
   * Nodes kept running with no job. Anything above 0 bills around the clock.
   * @default 0 (the cluster scales to zero)
   */
  minNodeCount?: number;
  /**
   * How long an idle node waits for the next job before it is released, PT60S to PT30M (the pack's default limit).
   * @default "PT120S"
   */
  nodeIdleTimeBeforeScaleDown?: string;
  /**
   * A `Microsoft.Network/virtualNetworks/subnets` ID for the nodes. Leave it out when the
   * workspace uses a managed network: the nodes then join the managed network.
   * @default - the workspace's managed network
   */
  subnetResourceId?: pulumi.Input<string>;
  /**
   * Required. The workspace's `Microsoft.Storage/storageAccounts` ID (its default datastore).
   * The cluster identity gets a blob data role on it, and nothing else in the subscription.
   */
  storageAccountResourceId: pulumi.Input<string>;
  /**
   * `ReadWrite` grants Storage Blob Data Contributor (jobs write outputs and models);
   * `ReadOnly` grants Storage Blob Data Reader (outputs go elsewhere).
   * @default "ReadWrite"
   */
  storageAccess?: "ReadWrite" | "ReadOnly";
  /**
   * The workspace's `Microsoft.ContainerRegistry/registries` ID; the identity gets AcrPull on
   * it to pull training environment images.
   * @default - no registry role
   */
  containerRegistryResourceId?: pulumi.Input<string>;
  /**
   * A `Microsoft.ManagedIdentity/userAssignedIdentities` ID to use instead of creating one. It
   * still gets the data roles above.
   * @default - an identity `id-<name>` is created
   */
  userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Conditional: the brought identity's principal (object) ID; required with `userAssignedIdentityResourceId`. */
  userAssignedIdentityPrincipalId?: pulumi.Input<string>;
  /** @default - none */
  description?: pulumi.Input<string>;
  /**
   * Protects the cluster from deletion by Pulumi. A cluster holds no data and scales to zero,
   * so recreating it loses nothing.
   * @default false
   */
  protect?: boolean;
}

/**
 * An Azure ML compute cluster (`AmlCompute`) for the training loop: low-priority nodes that
 * scale to zero after two idle minutes, no public IPs, SSH closed, Entra-only access, and a
 * user-assigned identity holding only the data roles training needs.
 */
export class TrainingCluster extends pulumi.ComponentResource {
  public readonly computeName: pulumi.Output<string>;
  /** Composed from known names, so it stays known during preview. */
  public readonly resourceId: pulumi.Output<string>;
  public readonly identityResourceId: pulumi.Output<string>;
  public readonly identityPrincipalId: pulumi.Output<string>;
  /** Undefined when the identity was brought. */
  public readonly identityClientId: pulumi.Output<string> | undefined;

  constructor(name: string, args: TrainingClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super(token, name, {}, opts);
    validate(name, args);

    const tags = mergeTags(args.tags);
    const child = { parent: this };
    const { subscriptionId } = azureContext(this);
    const workspace = resolveWorkspace(args, subscriptionId);
    const computeName = args.computeName ?? defaultComputeName(name);

    let identityId: pulumi.Output<string>;
    if (args.userAssignedIdentityResourceId !== undefined) {
      identityId = pulumi.output(args.userAssignedIdentityResourceId);
      this.identityPrincipalId = pulumi.output(args.userAssignedIdentityPrincipalId!);
      this.identityClientId = undefined;
    } else {
      const identityName = defaultName("userAssignedIdentity", name);
      const identity = new managedidentity.UserAssignedIdentity(
        `${name}-identity`,
        {
          resourceGroupName: args.resourceGroupName,
          location: args.location,
          resourceName: identityName,
          tags,
        },
        child,
      );
      identityId = knownResourceId(
        identity,
        subscriptionId,
        args.resourceGroupName,
        "Microsoft.ManagedIdentity/userAssignedIdentities",
        identityName,
      );
      this.identityPrincipalId = identity.principalId;
      this.identityClientId = identity.clientId;
    }

    // Only data-plane roles: the nodes read and write training data and pull images; they
    // never manage the workspace or its resources.
    const grant = {
      principalId: this.identityPrincipalId,
      principalType: "ServicePrincipal" as const,
    };
    const grants = [
      ...createRoleAssignments(
        name,
        "storage",
        args.storageAccountResourceId,
        [
          {
            ...grant,
            roleDefinitionIdOrName:
              args.storageAccess === "ReadOnly"
                ? "Storage Blob Data Reader"
                : "Storage Blob Data Contributor",
            key: "cluster-identity",
          },
        ],
        child,
      ),
      ...(args.containerRegistryResourceId === undefined
        ? []
        : createRoleAssignments(
            name,
            "registry",
            args.containerRegistryResourceId,
            [{ ...grant, roleDefinitionIdOrName: "AcrPull", key: "cluster-identity" }],
            child,
          )),
    ];

    const compute = new machinelearningservices.Compute(
      `${name}-compute`,
      {
        resourceGroupName: workspace.resourceGroupName,
        workspaceName: workspace.workspaceName,
        computeName,
        location: args.location,
        identity: { type: "UserAssigned", userAssignedIdentities: [identityId] },
        properties: {
          computeType: "AmlCompute",
          description: args.description,
          disableLocalAuth: true,
          properties: {
            vmSize: args.vmSize ?? "Standard_DS3_v2",
            vmPriority: args.vmPriority ?? "LowPriority",
            osType: "Linux",
            scaleSettings: {
              minNodeCount: args.minNodeCount ?? 0,
              maxNodeCount: args.maxNodeCount ?? 4,
              nodeIdleTimeBeforeScaleDown: args.nodeIdleTimeBeforeScaleDown ?? "PT120S",
            },
            enableNodePublicIp: false,
            remoteLoginPortPublicAccess: "Disabled",
            subnet: args.subnetResourceId === undefined ? undefined : { id: args.subnetResourceId },
          },
        },
        tags,
      },
      {
        parent: this,
        protect: args.protect ?? false,
        // Nodes start with their data roles in place, so the first job does not fail on access.
        dependsOn: grants,
        // Azure accepts a PUT that changes these on an existing cluster but keeps the old
        // values (Azure/azure-rest-api-specs#18889); only a new cluster takes them. The name
        // is fixed, so the old cluster must go first.
        replaceOnChanges: immutableComputeProperties,
        deleteBeforeReplace: true,
      },
    );

    const resourceId = knownResourceId(
      compute,
      workspace.subscriptionId,
      workspace.resourceGroupName,
      "Microsoft.MachineLearningServices/workspaces/computes",
      workspace.workspaceName,
      computeName,
    );
    createRoleAssignments(name, "compute", resourceId, args.roleAssignments ?? [], child);
    createLock(name, computeName, resourceId, args.lock, child);

    this.computeName = pulumi.output(computeName);
    this.resourceId = resourceId;
    this.identityResourceId = identityId;
    this.registerOutputs({
      computeName: this.computeName,
      resourceId: this.resourceId,
      identityResourceId: this.identityResourceId,
    });
  }
}

function validate(name: string, args: TrainingClusterArgs): void {
  const v = new InputValidator(token, name);
  validateWorkspaceReference(v, args);
  if (args.computeName !== undefined)
    v.report("computeName", nameProblem("mlCompute", args.computeName, "a valid compute name"));

  const allowed = args.allowedVmSizes ?? defaultTrainingVmSizes;
  v.check(
    allowed.length > 0,
    "allowedVmSizes",
    "is empty: list at least one VM size, or leave it out for the default list",
  );
  allowed.forEach((size, i) =>
    v.check(
      vmSizePattern.test(size),
      `allowedVmSizes[${i}]`,
      `"${size}" is not a VM size name such as Standard_DS3_v2`,
    ),
  );
  const size = args.vmSize ?? "Standard_DS3_v2";
  v.check(
    allowed.length === 0 || isAllowedVmSize(size, allowed),
    "vmSize",
    `"${size}" is not in the allowed VM sizes: use one of ${allowed.join(", ")}, or add it to allowedVmSizes`,
  );
  v.check(
    args.vmPriority === undefined || ["LowPriority", "Dedicated"].includes(args.vmPriority),
    "vmPriority",
    `"${args.vmPriority}" is not a VM priority: use LowPriority, or Dedicated for jobs that cannot be pre-empted`,
  );

  const max = args.maxNodeCount ?? 4;
  const min = args.minNodeCount ?? 0;
  v.check(
    Number.isInteger(max) && max >= 1 && max <= 1000,
    "maxNodeCount",
    `${max} is out of range: use a whole number from 1 to 1000`,
  );
  v.check(
    Number.isInteger(min) && min >= 0,
    "minNodeCount",
    `${min} is out of range: use a whole number from 0 (scale to zero)`,
  );
  v.check(
    !(Number.isInteger(min) && Number.isInteger(max)) || min <= max,
    "minNodeCount",
    `${min} is above maxNodeCount (${max})`,
  );
  const idle = args.nodeIdleTimeBeforeScaleDown;
  if (idle !== undefined) {
    const seconds = durationSeconds(idle);
    v.check(
      seconds !== undefined && seconds >= 60 && seconds <= 1800,
      "nodeIdleTimeBeforeScaleDown",
      `"${idle}" is not allowed: use an ISO 8601 duration from PT60S to PT30M, such as PT120S (idle nodes bill while they wait)`,
    );
  }

  v.report(
    "subnetResourceId",
    resourceIdProblem(args.subnetResourceId, "Microsoft.Network/virtualNetworks/subnets"),
  );
  v.report(
    "storageAccountResourceId",
    resourceIdProblem(args.storageAccountResourceId, "Microsoft.Storage/storageAccounts"),
  );
  v.check(
    args.storageAccess === undefined || ["ReadWrite", "ReadOnly"].includes(args.storageAccess),
    "storageAccess",
    `"${args.storageAccess}" is not allowed: use ReadWrite or ReadOnly`,
  );
  v.report(
    "containerRegistryResourceId",
    resourceIdProblem(args.containerRegistryResourceId, "Microsoft.ContainerRegistry/registries"),
  );
  v.report(
    "userAssignedIdentityResourceId",
    resourceIdProblem(
      args.userAssignedIdentityResourceId,
      "Microsoft.ManagedIdentity/userAssignedIdentities",
    ),
  );
  v.check(
    (args.userAssignedIdentityResourceId === undefined) ===
      (args.userAssignedIdentityPrincipalId === undefined),
    "userAssignedIdentityPrincipalId",
    "goes together with userAssignedIdentityResourceId: set both to bring an identity, or neither to create one",
  );
  validateSharedArgs(v, args);
  v.throwIfInvalid();
}
