import * as ml from "@pulumi/azure-native/machinelearningservices";
import * as pulumi from "@pulumi/pulumi";
import {
  azureContext,
  composeResourceId,
  createDiagnosticSettings,
  createLock,
  createRoleAssignments,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  mergeTags,
  nameProblem,
  plain,
  parseResourceId,
  resourceIdProblem,
  roleGuid,
  SharedResourceArgs,
  shortHash,
  afterResource,
  validateDiagnosticSettings,
  validateSharedArgs,
} from "../../common";
import { builtInRoleIds, PRIVILEGED_ROLES } from "../../../policies/facts";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:ml:AuthenticatedEndpoint";

/** How callers authenticate to the scoring URI. */
export type EndpointAuthMode = "AADToken" | "AMLToken" | "Key";

/** A role for the endpoint's system-assigned identity, on one scope. */
export interface EndpointIdentityRoleArgs {
  /** A built-in role name (see `builtInRoles`), a role GUID or a role definition ID. */
  roleDefinitionIdOrName: string;
  /** The ARM ID of the resource the scoring code needs, e.g. a Key Vault or an Azure OpenAI account. */
  scopeResourceId: pulumi.Input<string>;
  /**
   * A stable key for the assignment's logical name; required when `scopeResourceId` is computed.
   * @default - a hash of the role and the scope
   */
  key?: string;
}

/** What `BlueGreenDeployment` needs to know about an endpoint; `AuthenticatedEndpoint.target` provides it. */
export interface OnlineEndpointTarget {
  /** The `Microsoft.MachineLearningServices/workspaces/onlineEndpoints` ID. */
  endpointResourceId: pulumi.Input<string>;
  endpointName: pulumi.Input<string>;
  workspaceName: pulumi.Input<string>;
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** `Managed` runs on Azure-managed VMs; `Kubernetes` on an attached AKS compute. */
  computeType: "Managed" | "Kubernetes";
  /** Changes whenever the endpoint is updated or replaced, so traffic is written again. */
  revision?: pulumi.Input<string>;
  /**
   * The endpoint resource, so deployments wait for it. An online endpoint rather than any
   * resource, so that the component package's schema can type it (docs/decisions.md).
   */
  resource?: ml.OnlineEndpoint;
}

/** `Kubernetes` when the endpoint runs on an attached AKS compute, else `Managed`. */
export function endpointComputeType(
  args: Pick<AuthenticatedEndpointArgs, "computeResourceId">,
): "Managed" | "Kubernetes" {
  return args.computeResourceId === undefined ? "Managed" : "Kubernetes";
}

export interface AuthenticatedEndpointArgs extends SharedResourceArgs {
  /**
   * The workspace's `Microsoft.MachineLearningServices/workspaces` ID. Set it, or both
   * `workspaceName` and `resourceGroupName`.
   * @default - composed from workspaceName and resourceGroupName
   */
  machineLearningWorkspaceResourceId?: pulumi.Input<string>;
  /** The workspace's name. @default - the last segment of machineLearningWorkspaceResourceId */
  workspaceName?: pulumi.Input<string>;
  /** The workspace's resource group. @default - from machineLearningWorkspaceResourceId */
  resourceGroupName?: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The endpoint's name, unique in its region (it is the scoring host name).
   * @default `ep-<name>-<hash of subscription, resource group, workspace and name>`
   */
  endpointName?: string;
  /**
   * A `Microsoft.MachineLearningServices/workspaces/computes` ID of the inference cluster's
   * Kubernetes compute. The endpoint then runs on Kubernetes, which allows `AMLToken` or `Key`
   * auth only and no mirror traffic. Pass an ID known at preview (the inference cluster's is):
   * it goes into the endpoint's `properties`, which azure-native wraps in one Output.
   * @default - a managed online endpoint
   */
  computeResourceId?: pulumi.Input<string>;
  /**
   * How callers authenticate. `AADToken` (Entra ID) is supported on managed endpoints only;
   * `Key` needs `allowKeyAuth: true`.
   * @default "AADToken" on managed endpoints, "AMLToken" on Kubernetes endpoints
   */
  authMode?: EndpointAuthMode;
  /**
   * The explicit opt-in to `authMode: "Key"`: static keys do not expire and cannot be scoped to a
   * caller. Keys are never exported by this component; read them with the Azure CLI when needed.
   * @default false
   */
  allowKeyAuth?: boolean;
  /**
   * Opt-out of private-only scoring. Managed endpoints are reached through the workspace's
   * private endpoint (`*.inference.<region>.privatelink.api.azureml.ms`).
   * @default "Disabled"
   */
  publicNetworkAccess?: "Disabled" | "Enabled";
  /**
   * Roles for the endpoint's system-assigned identity on the resources the scoring code uses.
   * Azure grants it AcrPull and Storage Blob Data Reader on the workspace's registry and storage
   * itself. Owner, Contributor and access-administration roles are refused.
   * @default []
   */
  identityRoleAssignments?: EndpointIdentityRoleArgs[];
  /** @default - none */
  description?: pulumi.Input<string>;
  /**
   * Required. Where the endpoint's logs go; `[]` opts out. Defaults per setting: the
   * AmlOnlineEndpointConsoleLog, AmlOnlineEndpointTrafficLog and AmlOnlineEndpointEventLog
   * categories, and AllMetrics.
   */
  diagnosticSettings: DiagnosticSettingArgs[];
}

/**
 * Roles that would let the endpoint's code take over what it can reach: the privileged roles the
 * policy pack refuses too.
 */
export const endpointRefusedRoles: ReadonlySet<string> = new Set(
  Object.values(builtInRoleIds(PRIVILEGED_ROLES)).map((g) => g.toLowerCase()),
);

/** The log categories of online endpoints. */
export const endpointLogCategories = [
  "AmlOnlineEndpointConsoleLog",
  "AmlOnlineEndpointTrafficLog",
  "AmlOnlineEndpointEventLog",
] as const;

/**
 * An Azure ML online endpoint that only authenticated callers reach over private networks:
 * Entra ID tokens by default, no public network access, a system-assigned identity with only
 * the roles asked for, and console, traffic and event logs to Azure Monitor. Traffic is left to
 * `BlueGreenDeployment`, which writes it after its deployments exist.
 */
export class AuthenticatedEndpoint extends pulumi.ComponentResource {
  public readonly name: pulumi.Output<string>;
  public readonly resourceId: pulumi.Output<string>;
  public readonly computeType: "Managed" | "Kubernetes";
  public readonly authMode: EndpointAuthMode;
  /** The scoring URI. Callers send `Authorization: Bearer <token>`. */
  public readonly scoringUri: pulumi.Output<string>;
  /** The system-assigned identity's principal ID. */
  public readonly principalId: pulumi.Output<string>;
  /** Changes whenever the endpoint is updated or replaced. */
  public readonly revision: pulumi.Output<string>;
  /** Ready to pass as `BlueGreenDeployment`'s `endpoint`. */
  public readonly target: OnlineEndpointTarget;

  constructor(
    name: string,
    args: AuthenticatedEndpointArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateAuthenticatedEndpointArgs(v, args);
    v.throwIfInvalid();

    const tags = mergeTags(args.tags);
    const { subscriptionId } = azureContext(this);
    const workspaceId = args.machineLearningWorkspaceResourceId;
    const workspaceName =
      args.workspaceName ?? pulumi.output(workspaceId!).apply((id) => part(id, 8));
    const resourceGroupName =
      args.resourceGroupName ?? pulumi.output(workspaceId!).apply((id) => part(id, 4));
    const workspaceSubscription = workspaceId
      ? pulumi.output(workspaceId).apply((id) => part(id, 2))
      : subscriptionId;
    const endpointName = args.endpointName
      ? pulumi.output(args.endpointName)
      : pulumi
          .all([workspaceSubscription, resourceGroupName, workspaceName])
          .apply(([sub, group, ws]) =>
            defaultName("mlOnlineEndpoint", name, [sub, group, ws, name]),
          );
    const computeType = endpointComputeType(args);
    const authMode = args.authMode ?? (computeType === "Managed" ? "AADToken" : "AMLToken");

    const endpoint = new ml.OnlineEndpoint(
      `${name}-endpoint`,
      {
        resourceGroupName,
        workspaceName,
        endpointName,
        location: args.location,
        kind: computeType,
        identity: { type: "SystemAssigned" },
        // One Output wraps `properties`: every value here is known at preview. No traffic: it is
        // written by EndpointTraffic once the deployments exist.
        properties: {
          authMode,
          publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
          compute: args.computeResourceId,
          description: args.description,
        },
        tags,
      },
      {
        parent: this,
        // Traffic belongs to EndpointTraffic. After a refresh the state holds the live traffic;
        // ignoring it keeps that value in every endpoint PUT, where an empty map would reset
        // the traffic to 0% (Azure/azure-dev#4037, openai-end-to-end-baseline).
        ignoreChanges: ["properties.traffic", "properties.mirrorTraffic"],
      },
    );

    const resourceId = afterResource(
      endpoint,
      composeResourceId(
        workspaceSubscription,
        resourceGroupName,
        "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
        workspaceName,
        endpointName,
      ),
    );
    const child = { parent: this };
    createDiagnosticSettings(
      name,
      "endpoint",
      resourceId,
      args.diagnosticSettings,
      child,
      endpointLogCategories.map((category) => ({ category })),
    );
    createRoleAssignments(name, "endpoint", resourceId, args.roleAssignments ?? [], child);
    const principalId = endpoint.identity.apply((i) => i?.principalId ?? "");
    for (const role of args.identityRoleAssignments ?? []) {
      const key =
        role.key ?? shortHash([role.roleDefinitionIdOrName, plain(role.scopeResourceId) ?? ""]);
      createRoleAssignments(
        name,
        `identity-${key}`,
        role.scopeResourceId,
        [
          {
            roleDefinitionIdOrName: role.roleDefinitionIdOrName,
            principalId,
            principalType: "ServicePrincipal",
            key: `endpoint-identity-${key}`,
          },
        ],
        child,
      );
    }
    createLock(name, endpointName, resourceId, args.lock, child);

    this.name = endpointName;
    this.resourceId = resourceId;
    this.computeType = computeType;
    this.authMode = authMode;
    this.scoringUri = endpoint.properties.apply((p) => p.scoringUri ?? "");
    this.principalId = principalId;
    this.revision = pulumi
      .all([endpoint.id, endpoint.systemData])
      .apply(([id, systemData]) => `${id}@${systemData?.lastModifiedAt ?? ""}`);
    this.target = {
      endpointResourceId: resourceId,
      endpointName,
      workspaceName,
      resourceGroupName,
      location: args.location,
      computeType,
      revision: this.revision,
      resource: endpoint,
    };
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      scoringUri: this.scoringUri,
      principalId: this.principalId,
    });
  }
}

function part(id: string, index: number): string {
  return id.split("/")[index] ?? "";
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `AuthenticatedEndpoint` (a composite passes
 * a validator `within` its own path).
 */
export function validateAuthenticatedEndpointArgs(
  v: InputValidator,
  args: AuthenticatedEndpointArgs,
): void {
  const workspaceId = args.machineLearningWorkspaceResourceId;
  if (workspaceId === undefined) {
    v.check(
      args.workspaceName !== undefined && args.resourceGroupName !== undefined,
      "machineLearningWorkspaceResourceId",
      "is required unless both workspaceName and resourceGroupName are set",
    );
  } else {
    v.report(
      "machineLearningWorkspaceResourceId",
      resourceIdProblem(workspaceId, "Microsoft.MachineLearningServices/workspaces"),
    );
    const parsed =
      typeof plain(workspaceId) === "string" ? parseResourceId(plain(workspaceId)!) : undefined;
    const wsName = plain(args.workspaceName);
    const groupName = plain(args.resourceGroupName);
    v.check(
      parsed === undefined || wsName === undefined || parsed.name === wsName,
      "workspaceName",
      `"${wsName}" conflicts with machineLearningWorkspaceResourceId (workspace "${parsed?.name}"); set one or the other`,
    );
    v.check(
      parsed === undefined ||
        groupName === undefined ||
        parsed.resourceGroupName.toLowerCase() === groupName.toLowerCase(),
      "resourceGroupName",
      `"${groupName}" conflicts with machineLearningWorkspaceResourceId (group "${parsed?.resourceGroupName}"); set one or the other`,
    );
  }
  if (args.endpointName !== undefined)
    v.report("endpointName", nameProblem("mlOnlineEndpoint", args.endpointName));
  v.report(
    "computeResourceId",
    resourceIdProblem(
      args.computeResourceId,
      "Microsoft.MachineLearningServices/workspaces/computes",
    ),
  );
  const kubernetes = args.computeResourceId !== undefined;
  const authModes: EndpointAuthMode[] = ["AADToken", "AMLToken", "Key"];
  if (args.authMode !== undefined && !authModes.includes(args.authMode)) {
    v.fail("authMode", `"${args.authMode}" is not an auth mode: use AADToken, AMLToken or Key`);
  }
  v.check(
    !(args.authMode === "AADToken" && kubernetes),
    "authMode",
    "AADToken is supported on managed endpoints only; use AMLToken on a Kubernetes endpoint",
  );
  v.check(
    args.authMode !== "Key" || args.allowKeyAuth === true,
    "authMode",
    "Key needs the explicit opt-in allowKeyAuth: true; prefer AADToken (managed) or AMLToken",
  );
  v.check(
    args.allowKeyAuth !== true || args.authMode === "Key",
    "allowKeyAuth",
    'applies only with authMode: "Key"; remove it',
  );
  v.check(
    args.publicNetworkAccess === undefined ||
      ["Disabled", "Enabled"].includes(args.publicNetworkAccess),
    "publicNetworkAccess",
    `"${args.publicNetworkAccess}" is not allowed: use Disabled or Enabled`,
  );
  const keys = new Set<string>();
  (args.identityRoleAssignments ?? []).forEach((role, i) => {
    const at = `identityRoleAssignments[${i}]`;
    const guid = roleGuid(role.roleDefinitionIdOrName);
    if (guid === undefined) {
      v.fail(
        `${at}.roleDefinitionIdOrName`,
        `"${role.roleDefinitionIdOrName}" is not a role: use a built-in role name, a role GUID or a role definition ID`,
      );
    } else {
      v.check(
        !endpointRefusedRoles.has(guid),
        `${at}.roleDefinitionIdOrName`,
        `"${role.roleDefinitionIdOrName}" is too broad for a scoring identity: grant a data-plane role such as Key Vault Secrets User or Cognitive Services OpenAI User`,
      );
    }
    const scope = plain(role.scopeResourceId);
    if (scope === undefined) {
      v.check(role.key !== undefined, `${at}.key`, "is required when scopeResourceId is computed");
    } else {
      v.check(
        parseResourceId(scope) !== undefined ||
          /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?$/i.test(scope),
        `${at}.scopeResourceId`,
        `"${scope}" is not an ARM resource ID, resource group ID or subscription ID`,
      );
    }
    const key = role.key ?? `${guid}:${scope}`;
    v.check(!keys.has(key), at, "repeats an earlier assignment (same role and scope, or same key)");
    keys.add(key);
  });
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateSharedArgs(v, args);
}
