import * as pulumi from "@pulumi/pulumi";
import { createEndpointTrafficProvider } from "./trafficProvider";

let sharedProvider: pulumi.dynamic.ResourceProvider | undefined;

/**
 * One provider object for every `EndpointTraffic` in a program: Pulumi serializes a dynamic
 * provider once per object, and serializing takes seconds.
 */
function defaultProvider(): pulumi.dynamic.ResourceProvider {
  return (sharedProvider ??= createEndpointTrafficProvider());
}

export interface EndpointTrafficArgs {
  /** Required. The `Microsoft.MachineLearningServices/workspaces/onlineEndpoints` ID. */
  endpointResourceId: pulumi.Input<string>;
  /** Required. Live traffic by deployment name, whole percentages summing to 100. */
  traffic: pulumi.Input<Record<string, pulumi.Input<number>>>;
  /** Shadow traffic by deployment name, at most 50 in total. @default {} */
  mirrorTraffic?: pulumi.Input<Record<string, pulumi.Input<number>>>;
  /**
   * A value that changes whenever the endpoint resource is updated or replaced. An endpoint PUT
   * without traffic resets it to 0%, so any change here writes the traffic again.
   * @default "" (no re-apply trigger)
   */
  endpointRevision?: pulumi.Input<string>;
  /** The Resource Manager endpoint, for sovereign clouds. @default "https://management.azure.com" */
  armEndpoint?: pulumi.Input<string>;
  /**
   * How long one apply may take, retries and waits included, before it fails with a message
   * naming what it waited for.
   * @default 1800 (30 minutes; endpoint updates take minutes, scale-outs longer)
   */
  timeoutSeconds?: pulumi.Input<number>;
}

/**
 * An online endpoint's live and mirror traffic as its own resource, applied after the
 * deployments exist: a read-modify-write through Azure Resource Manager that waits until the
 * change is visible and retries propagation delays, conflicts, throttling and transient errors.
 * Deleting it removes its mirror traffic and leaves live traffic as it is.
 */
export class EndpointTraffic extends pulumi.dynamic.Resource {
  // `declare`: the base constructor sets these outputs; an emitted ES2022 class field would
  // overwrite them with undefined right after it.
  declare public readonly endpointResourceId: pulumi.Output<string>;
  declare public readonly traffic: pulumi.Output<Record<string, number>>;
  declare public readonly mirrorTraffic: pulumi.Output<Record<string, number>>;
  declare public readonly endpointRevision: pulumi.Output<string>;

  /**
   * @param provider the CRUD implementation; tests inject one pointed at a fake ARM server.
   */
  constructor(
    name: string,
    args: EndpointTrafficArgs,
    opts?: pulumi.CustomResourceOptions,
    provider: pulumi.dynamic.ResourceProvider = defaultProvider(),
  ) {
    super(
      provider,
      name,
      {
        endpointResourceId: args.endpointResourceId,
        traffic: args.traffic,
        mirrorTraffic: args.mirrorTraffic ?? {},
        endpointRevision: args.endpointRevision ?? "",
        armEndpoint: args.armEndpoint,
        timeoutSeconds: args.timeoutSeconds ?? 1800,
      },
      opts,
    );
  }
}
