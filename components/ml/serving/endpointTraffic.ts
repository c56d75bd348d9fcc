import * as pulumi from "@pulumi/pulumi";
import { InputValidator, plain, resourceIdProblem } from "../../common";
import { createEndpointTrafficProvider } from "./trafficProvider";

/** The name in errors: a dynamic resource has no type token of its own. */
const TOKEN = "ailz:ml:EndpointTraffic";

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
    // The provider checks again at deployment, when computed values are known.
    const v = new InputValidator(TOKEN, name);
    validateEndpointTrafficArgs(v, args);
    v.throwIfInvalid();
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

/** A map's plain entries, or `undefined` while the map or any weight is an Output. */
function knownWeights(
  map: pulumi.Input<Record<string, pulumi.Input<number>>> | undefined,
): [string, number][] | undefined {
  const value = plain(map);
  if (value === undefined) return undefined;
  const entries = Object.entries(value).map(([key, w]) => [key, plain(w)] as const);
  return entries.every(([, w]) => w !== undefined) ? (entries as [string, number][]) : undefined;
}

/**
 * Records every problem of `args` known at construction in `v`: the endpoint ID, each weight
 * (a whole percentage), live traffic summing to 100, mirror traffic at most 50 and never to a
 * deployment with live traffic, the timeout and the Resource Manager endpoint.
 */
export function validateEndpointTrafficArgs(v: InputValidator, args: EndpointTrafficArgs): void {
  v.report(
    "endpointResourceId",
    resourceIdProblem(
      args.endpointResourceId,
      "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
    ),
  );
  const live = knownWeights(args.traffic);
  const mirror = knownWeights(args.mirrorTraffic ?? {});
  const checkWeights = (path: string, weights: [string, number][]) =>
    weights.forEach(([deployment, w]) =>
      v.check(
        Number.isInteger(w) && w >= 0 && w <= 100,
        `${path}["${deployment}"]`,
        `${w} is not a weight: use a whole percentage from 0 to 100`,
      ),
    );
  const total = (weights: [string, number][]) => weights.reduce((sum, [, w]) => sum + w, 0);
  if (live !== undefined) {
    checkWeights("traffic", live);
    v.check(
      total(live) === 100,
      "traffic",
      `sums to ${total(live)}: live traffic must sum to 100, so that a deployment always serves`,
    );
  }
  if (mirror !== undefined) {
    checkWeights("mirrorTraffic", mirror);
    v.check(
      total(mirror) <= 50,
      "mirrorTraffic",
      `sums to ${total(mirror)}: Azure allows at most 50 in total`,
    );
    for (const [deployment, w] of mirror) {
      const liveWeight = live?.find(([d]) => d === deployment)?.[1] ?? 0;
      v.check(
        !(w > 0 && liveWeight > 0),
        `mirrorTraffic["${deployment}"]`,
        "goes to a deployment with live traffic: mirror only to a deployment with weight 0",
      );
    }
  }
  const timeout = plain(args.timeoutSeconds);
  v.check(
    timeout === undefined || (Number.isInteger(timeout) && timeout > 0),
    "timeoutSeconds",
    `${timeout} is not allowed: use a whole number of seconds above 0`,
  );
  const arm = plain(args.armEndpoint);
  v.check(
    arm === undefined || /^https:\/\/[^/]+\/?$/.test(arm),
    "armEndpoint",
    `"${arm}" is not a Resource Manager endpoint such as https://management.azure.com`,
  );
}
