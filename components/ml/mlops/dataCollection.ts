import type * as azureInputs from "@pulumi/azure-native/types/input";
import { InputValidator } from "../../common";

/** The `dataCollector` input of a `machinelearningservices:OnlineDeployment`. */
export type DataCollectorInput = azureInputs.machinelearningservices.DataCollectorArgs;

/**
 * Production data collection for one online deployment (a blue/green slot): the Azure ML model
 * data collector records what the scoring script passes to its `model_inputs` and
 * `model_outputs` collectors, which `ModelMonitor` compares against the baseline. Data lands in
 * the workspace's default blob datastore, the workspace's customer-managed-key storage account,
 * rolled into dated folders.
 */
export interface DataCollectionArgs {
  /**
   * Opt-out of production data collection. With `false` both collections are still rendered, in
   * `Disabled` mode, so the choice stays visible to reviewers and to the policy pack.
   * @default true
   */
  enabled?: boolean;
  /**
   * The fraction of requests collected, above 0 and at most 1. Lower it to cut storage and
   * monitoring cost on high-traffic endpoints.
   * @default 1 (every request)
   */
  samplingRate?: number;
  /** How often collected data rolls to a new blob folder. @default "Hour" */
  rollingRate?: "Minute" | "Hour" | "Day" | "Month" | "Year";
  /**
   * Request headers kept with each record. Headers can identify people (client IPs, user IDs,
   * correlation IDs joined with other logs), so none are kept unless listed here; credential
   * headers (Authorization, Cookie, api-key, ...) can never be listed.
   * @default [] (payload only)
   */
  captureHeaders?: string[];
  /**
   * Also record the raw HTTP request and response bodies (the reserved `request` and `response`
   * collections). Raw bodies carry every field a caller sent, personal data included, so this
   * is off unless the workload has its users' consent to keep them.
   * @default false (only what the scoring script passes to `model_inputs`/`model_outputs`)
   */
  collectRawPayloads?: boolean;
  /**
   * Client ID of the user-assigned identity that writes to storage.
   * @default - the endpoint's identity
   */
  clientId?: string;
}

/** Collection names the monitor reads; Azure ML registers `<endpoint>-<deployment>-<name>` data assets for them. */
export const modelInputsCollection = "model_inputs";
export const modelOutputsCollection = "model_outputs";

const rollingRates: readonly string[] = ["Minute", "Hour", "Day", "Month", "Year"];

/** Headers that carry credentials or session secrets; they must never reach storage. */
const credentialHeaders: readonly string[] = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "api-key",
  "ocp-apim-subscription-key",
  "x-functions-key",
];

/** An HTTP header name (RFC 9110 token). */
const headerPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Checks the arguments at `path` (e.g. `"blue.dataCollection"`) in the caller's names. */
export function validateDataCollection(
  v: InputValidator,
  path: string,
  args: DataCollectionArgs | undefined,
): void {
  if (args === undefined) return;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const rate = args.samplingRate;
  v.check(
    rate === undefined || (Number.isFinite(rate) && rate > 0 && rate <= 1),
    at("samplingRate"),
    `${rate} is out of range: use a fraction above 0 and at most 1 (1 collects every request)`,
  );
  v.check(
    args.rollingRate === undefined || rollingRates.includes(args.rollingRate),
    at("rollingRate"),
    `"${args.rollingRate}" is not a rolling rate: use ${rollingRates.join(", ")}`,
  );
  const seen = new Set<string>();
  (args.captureHeaders ?? []).forEach((header, i) => {
    const key = header.toLowerCase();
    if (!headerPattern.test(header)) {
      v.fail(at(`captureHeaders[${i}]`), `"${header}" is not an HTTP header name`);
    } else if (credentialHeaders.includes(key)) {
      v.fail(
        at(`captureHeaders[${i}]`),
        `"${header}" carries credentials and is never collected; remove it`,
      );
    } else if (seen.has(key)) {
      v.fail(at(`captureHeaders[${i}]`), `"${header}" is listed twice`);
    }
    seen.add(key);
  });
  v.check(
    args.enabled !== false ||
      (args.captureHeaders === undefined && args.collectRawPayloads === undefined),
    at("enabled"),
    "is false, so captureHeaders and collectRawPayloads would have no effect; remove them or turn collection on",
  );
}

/**
 * The `dataCollector` input for an OnlineDeployment. Built only from plain values, so it is
 * known during preview and the policy pack can judge it. Validate first with
 * `validateDataCollection`.
 */
export function renderDataCollector(args: DataCollectionArgs = {}): DataCollectorInput {
  const mode = args.enabled === false ? "Disabled" : "Enabled";
  const collection: azureInputs.machinelearningservices.CollectionArgs = {
    dataCollectionMode: mode,
    samplingRate: args.samplingRate ?? 1,
    ...(args.clientId !== undefined ? { clientId: args.clientId } : {}),
  };
  const collections: Record<string, azureInputs.machinelearningservices.CollectionArgs> = {
    [modelInputsCollection]: collection,
    [modelOutputsCollection]: collection,
  };
  if (args.collectRawPayloads === true) {
    collections.request = collection;
    collections.response = collection;
  }
  return {
    collections,
    requestLogging: { captureHeaders: [...(args.captureHeaders ?? [])] },
    rollingRate: args.rollingRate ?? "Hour",
  };
}
