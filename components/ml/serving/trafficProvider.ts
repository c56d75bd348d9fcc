/*
 * The dynamic provider behind `EndpointTraffic`. Pulumi serializes it with the modules it uses,
 * so it imports only this folder's self-contained modules and Azure SDK packages (types aside).
 */
import type * as pulumi from "@pulumi/pulumi";
import { ArmConnection, createArmClient } from "./armClient";
import { defaultRetryTiming, RetryTiming, startBudget } from "./retry";
import {
  applyTraffic,
  readEndpoint,
  releaseTraffic,
  sameTraffic,
  TrafficMap,
  trafficSpecProblem,
} from "./trafficShift";

/** The resource's inputs and outputs, as the engine stores them. */
export interface EndpointTrafficProps {
  endpointResourceId: string;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  /** Changes whenever the endpoint resource changes, so the traffic is written again. */
  endpointRevision: string;
  armEndpoint?: string;
  timeoutSeconds: number;
}

/** How the provider reaches Azure and paces retries; injected by tests, defaulted otherwise. */
export interface EndpointTrafficProviderOptions {
  /** The credential, ARM endpoint and trusted CAs. @default - the props' armEndpoint and DefaultAzureCredential */
  connection?: ArmConnection;
  /** Clock and backoff overrides; the timeout is always the props'. @default - real time, 2 s initial backoff */
  timing?: Partial<RetryTiming>;
}

export function createEndpointTrafficProvider(
  options: EndpointTrafficProviderOptions = {},
): pulumi.dynamic.ResourceProvider {
  const clientFor = (props: EndpointTrafficProps) =>
    createArmClient({
      ...options.connection,
      armEndpoint: options.connection?.armEndpoint ?? props.armEndpoint,
    });
  const budgetFor = (what: string, props: EndpointTrafficProps) => {
    const timing: RetryTiming = {
      ...defaultRetryTiming,
      ...options.timing,
      timeoutMs: props.timeoutSeconds * 1000,
    };
    return startBudget(`${what} on ${props.endpointResourceId}`, timing);
  };
  const apply = async (what: string, props: EndpointTrafficProps) => {
    await applyTraffic(
      clientFor(props),
      {
        endpointResourceId: props.endpointResourceId,
        traffic: props.traffic,
        mirrorTraffic: props.mirrorTraffic,
      },
      budgetFor(what, props),
    );
    return props;
  };

  return {
    async check(_olds: EndpointTrafficProps, news: EndpointTrafficProps) {
      const failures: pulumi.dynamic.CheckFailure[] = [];
      // During preview, values not known yet arrive as a sentinel string; judge only known ones.
      const known = (value: unknown) => !containsUnknown(value);
      if (known(news.endpointResourceId) && known(news.traffic) && known(news.mirrorTraffic)) {
        const problem = trafficSpecProblem(news);
        if (problem) failures.push({ property: "traffic", reason: problem });
      }
      if (
        known(news.timeoutSeconds) &&
        !(Number.isInteger(news.timeoutSeconds) && news.timeoutSeconds > 0)
      ) {
        failures.push({ property: "timeoutSeconds", reason: "must be a positive whole number" });
      }
      return { inputs: news, failures };
    },

    async diff(_id: string, olds: EndpointTrafficProps, news: EndpointTrafficProps) {
      const replaces =
        String(olds.endpointResourceId).toLowerCase() !==
        String(news.endpointResourceId).toLowerCase()
          ? ["endpointResourceId"]
          : [];
      const changed =
        replaces.length > 0 ||
        !sameMap(olds.traffic, news.traffic) ||
        !sameMap(olds.mirrorTraffic, news.mirrorTraffic) ||
        olds.endpointRevision !== news.endpointRevision ||
        olds.armEndpoint !== news.armEndpoint ||
        olds.timeoutSeconds !== news.timeoutSeconds;
      // Replacement only ever targets another endpoint, so the old one is released after the
      // new one serves (create before delete).
      return { changes: changed, replaces, deleteBeforeReplace: false };
    },

    async create(inputs: EndpointTrafficProps) {
      const outs = await apply("setting traffic", inputs);
      return { id: `${inputs.endpointResourceId}/trafficAllocation`, outs };
    },

    async update(_id: string, _olds: EndpointTrafficProps, news: EndpointTrafficProps) {
      return { outs: await apply("shifting traffic", news) };
    },

    async delete(_id: string, props: EndpointTrafficProps) {
      await releaseTraffic(
        clientFor(props),
        { endpointResourceId: props.endpointResourceId, mirrorTraffic: props.mirrorTraffic },
        budgetFor("releasing traffic", props),
      );
    },

    async read(id: string, props: EndpointTrafficProps) {
      const budget = budgetFor("reading traffic", props);
      const found = await readEndpoint(
        clientFor(props),
        props.endpointResourceId,
        budget.timing.now(),
      );
      if (!found) return {};
      return {
        id,
        props: {
          ...props,
          traffic: found.endpoint.traffic,
          mirrorTraffic: found.endpoint.mirrorTraffic,
        },
      };
    },
  };
}

/** The value the engine sends for inputs not known during preview. */
const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function containsUnknown(value: unknown): boolean {
  if (value === unknownValue) return true;
  if (typeof value === "object" && value !== null)
    return Object.values(value).some(containsUnknown);
  return false;
}

function sameMap(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  return sameTraffic(a as TrafficMap, b as TrafficMap);
}
