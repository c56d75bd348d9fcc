import * as pulumi from "@pulumi/pulumi";
import * as ml from "@pulumi/azure-native/machinelearningservices";
import {
  InputValidator,
  mergeTags,
  plain,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../../common";
import { renderDataCollector } from "../mlops/dataCollection";
import { OnlineEndpointTarget } from "./authenticatedEndpoint";
import { EndpointTraffic } from "./endpointTraffic";
import {
  ResolvedSlot,
  resolveSlot,
  SlotArgs,
  SlotKey,
  slotKeys,
  SlotProbeArgs,
  trafficMaps,
  validateSlots,
} from "./slots";

/** The type token, used by `super()` and by the validator. */
const TOKEN = "ailz:ml:BlueGreenDeployment";

export interface BlueGreenDeploymentArgs {
  /** Required. The endpoint the slots deploy to; `AuthenticatedEndpoint.target` fits. */
  endpoint: OnlineEndpointTarget;
  /** The blue slot. At least one slot is required. @default - no blue slot */
  blue?: SlotArgs;
  /** The green slot. @default - no green slot */
  green?: SlotArgs;
  /**
   * How long one traffic change may take, retries included, before it fails.
   * @default 1800
   */
  trafficTimeoutSeconds?: number;
  /** The Resource Manager endpoint, for sovereign clouds. @default "https://management.azure.com" */
  armEndpoint?: string;
  /** Tags for the deployments. @default {} */
  tags?: Tags;
}

const defaultProbe: Required<SlotProbeArgs> = {
  initialDelay: "PT10S",
  period: "PT10S",
  timeout: "PT2S",
  failureThreshold: 30,
  successThreshold: 1,
};

/**
 * Blue/green slots on an online endpoint: each slot is an `OnlineDeployment` (three instances by
 * default, utilization autoscale, liveness and readiness probes, App Insights, no public egress),
 * and the traffic split between them is an `EndpointTraffic` written after the deployments
 * exist. Promotion and rollback are weight changes in stack config.
 */
export class BlueGreenDeployment extends pulumi.ComponentResource {
  /** The deployments by slot. */
  public readonly deployments: Partial<Record<SlotKey, ml.OnlineDeployment>>;
  /** Deployment names by slot, for the `azureml-model-deployment` smoke-test header. */
  public readonly deploymentNames: Partial<Record<SlotKey, string>>;
  /** The live traffic, by deployment name, once applied. */
  public readonly traffic: pulumi.Output<Record<string, number>>;
  /** The mirror traffic, by deployment name, once applied. */
  public readonly mirrorTraffic: pulumi.Output<Record<string, number>>;

  /**
   * @param trafficProvider the provider behind the traffic resource (tests inject one pointed at a
   * fake ARM server); a constructor parameter, not an argument, because arguments are plain data
   * that every Pulumi language can pass (docs/decisions.md).
   * @default - Azure Resource Manager with DefaultAzureCredential
   */
  constructor(
    name: string,
    args: BlueGreenDeploymentArgs,
    opts?: pulumi.ComponentResourceOptions,
    trafficProvider?: pulumi.dynamic.ResourceProvider,
  ) {
    super(TOKEN, name, {}, opts);
    const v = new InputValidator(TOKEN, name);
    validateBlueGreenDeploymentArgs(v, args);
    v.throwIfInvalid();

    const target = args.endpoint;
    const tags = mergeTags(args.tags);
    const slots: ResolvedSlot[] = slotKeys
      .filter((k) => args[k] !== undefined)
      .map((k) => resolveSlot(k, args[k]!));

    this.deployments = {};
    this.deploymentNames = {};
    for (const slot of slots) {
      const deployment = this.createDeployment(name, target, slot, args[slot.key]!, tags);
      this.deployments[slot.key] = deployment;
      this.deploymentNames[slot.key] = slot.deploymentName;
    }

    const { traffic, mirrorTraffic } = trafficMaps(slots);
    const allocation = new EndpointTraffic(
      `${name}-traffic`,
      {
        endpointResourceId: target.endpointResourceId,
        traffic,
        mirrorTraffic,
        endpointRevision: target.revision,
        armEndpoint: args.armEndpoint,
        timeoutSeconds: args.trafficTimeoutSeconds,
      },
      // Written only once every slot's deployment exists and has provisioned.
      { parent: this, dependsOn: Object.values(this.deployments) },
      trafficProvider,
    );
    this.traffic = allocation.traffic;
    this.mirrorTraffic = allocation.mirrorTraffic;
    this.registerOutputs({ traffic: this.traffic, mirrorTraffic: this.mirrorTraffic });
  }

  private createDeployment(
    name: string,
    target: OnlineEndpointTarget,
    slot: ResolvedSlot,
    args: SlotArgs,
    tags: Tags,
  ): ml.OnlineDeployment {
    const managed = target.computeType === "Managed";
    const common = {
      model: args.model,
      environmentId: args.environmentId,
      codeConfiguration: args.codeConfiguration,
      instanceType: args.instanceType ?? (managed ? "Standard_DS3_v2" : "defaultinstancetype"),
      scaleSettings: {
        scaleType: "TargetUtilization" as const,
        minInstances: slot.minInstances,
        maxInstances: slot.maxInstances,
        targetUtilizationPercentage: slot.targetUtilizationPercentage,
        pollingInterval: slot.pollingInterval,
      },
      livenessProbe: { ...defaultProbe, ...args.livenessProbe },
      readinessProbe: { ...defaultProbe, ...args.readinessProbe },
      requestSettings: args.requestSettings,
      appInsightsEnabled: true,
      egressPublicNetworkAccess: "Disabled",
      environmentVariables: args.environmentVariables,
      dataCollector: renderDataCollector(args.dataCollection),
    };
    return new ml.OnlineDeployment(
      `${name}-${slot.key}`,
      {
        resourceGroupName: target.resourceGroupName,
        workspaceName: target.workspaceName,
        endpointName: target.endpointName,
        deploymentName: slot.deploymentName,
        location: target.location,
        // The initial instance count; autoscale moves it between min and max.
        sku: { name: "Default", capacity: slot.minInstances },
        properties: managed
          ? { endpointComputeType: "Managed", ...common }
          : {
              endpointComputeType: "Kubernetes",
              ...common,
              containerResourceRequirements: args.containerResourceRequirements,
            },
        tags,
      },
      {
        parent: this,
        dependsOn: target.resource ? [target.resource] : [],
        // Autoscale changes the instance count; the declared count is only the starting point.
        ignoreChanges: ["sku.capacity"],
      },
    );
  }
}

/**
 * Records every problem of `args` in `v`, at the argument paths of `BlueGreenDeployment` (a composite passes
 * a validator `within` its own path).
 */
export function validateBlueGreenDeploymentArgs(
  v: InputValidator,
  args: BlueGreenDeploymentArgs,
): void {
  const target = args.endpoint;
  if (target === undefined) {
    v.fail("endpoint", "is required: pass AuthenticatedEndpoint.target");
  } else {
    v.report(
      "endpoint.endpointResourceId",
      resourceIdProblem(
        target.endpointResourceId,
        "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
      ),
    );
    v.check(
      target.computeType === "Managed" || target.computeType === "Kubernetes",
      "endpoint.computeType",
      `"${target.computeType}" is not a compute type: use Managed or Kubernetes`,
    );
    const endpointName = plain(target.endpointName);
    const id = plain(target.endpointResourceId);
    v.check(
      endpointName === undefined ||
        id === undefined ||
        id.split("/").pop()?.toLowerCase() === endpointName.toLowerCase(),
      "endpoint.endpointName",
      `"${endpointName}" is not the endpoint in endpointResourceId`,
    );
    validateSlots(v, { blue: args.blue, green: args.green }, target.computeType);
  }
  v.wholeNumber("trafficTimeoutSeconds", args.trafficTimeoutSeconds, {
    min: 60,
    max: 86_400,
    unit: "seconds",
  });
  v.check(
    args.armEndpoint === undefined || /^https:\/\/[^/]+\/?$/.test(args.armEndpoint),
    "armEndpoint",
    `"${args.armEndpoint}" is not a Resource Manager endpoint such as https://management.azure.com`,
  );
  v.report("tags", tagProblems(args.tags));
}
