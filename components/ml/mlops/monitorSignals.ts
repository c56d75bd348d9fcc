import * as pulumi from "@pulumi/pulumi";
import type * as azureInputs from "@pulumi/azure-native/types/input";
import { InputValidator } from "../../common";

type Signal =
  | azureInputs.machinelearningservices.DataDriftMonitoringSignalArgs
  | azureInputs.machinelearningservices.PredictionDriftMonitoringSignalArgs
  | azureInputs.machinelearningservices.DataQualityMonitoringSignalArgs;
type InputData = azureInputs.machinelearningservices.RollingInputDataArgs;
type BaselineData = azureInputs.machinelearningservices.FixedInputDataArgs;

export type MonitorSignalKind = "DataDrift" | "PredictionDrift" | "DataQuality";
export type FeatureDataType = "Numerical" | "Categorical";

/** One metric of a signal and the value above which the signal breaches. */
export interface MonitorThresholdArgs {
  dataType: FeatureDataType;
  /** A metric Azure ML computes for this kind of signal and data type (see `signalMetrics`). */
  metric: string;
  /**
   * The breach threshold. Distances, p-values and rates are fractions from 0 to 1; the
   * population stability index is a positive number (0.1-0.25 is the usual warning band).
   */
  value: number;
}

/** A monitoring signal: what is compared with the baseline, and when it breaches. */
export interface MonitorSignalArgs {
  /**
   * `DataDrift` compares production model inputs with the baseline, `PredictionDrift` compares
   * model outputs with the baseline's target column, `DataQuality` checks inputs for nulls, type
   * errors and out-of-range values.
   */
  kind: MonitorSignalKind;
  /**
   * The signal's key in the monitor; Azure ML names breaches `<monitor>_<signal>`.
   * @default "data-drift", "prediction-drift" or "data-quality"
   */
  name?: string;
  /** @default `defaultSignalThresholds[kind]` */
  thresholds?: MonitorThresholdArgs[];
}

const driftMetrics = {
  Numerical: [
    "JensenShannonDistance",
    "PopulationStabilityIndex",
    "NormalizedWassersteinDistance",
    "TwoSampleKolmogorovSmirnovTest",
  ],
  Categorical: ["JensenShannonDistance", "PopulationStabilityIndex", "PearsonsChiSquaredTest"],
};
const qualityMetrics = ["NullValueRate", "DataTypeErrorRate", "OutOfBoundsRate"];

/** The metrics Azure ML accepts, per signal kind and data type (azure-native v3 enums). */
export const signalMetrics: Record<MonitorSignalKind, Record<FeatureDataType, string[]>> = {
  DataDrift: driftMetrics,
  PredictionDrift: driftMetrics,
  DataQuality: { Numerical: qualityMetrics, Categorical: qualityMetrics },
};

const driftDefaults: MonitorThresholdArgs[] = [
  { dataType: "Numerical", metric: "JensenShannonDistance", value: 0.1 },
  { dataType: "Categorical", metric: "JensenShannonDistance", value: 0.1 },
];

/**
 * Thresholds used when a signal lists none. They are looser than the service's own
 * near-zero defaults, which alert on noise; tune them against the first weeks of data.
 */
export const defaultSignalThresholds: Record<MonitorSignalKind, MonitorThresholdArgs[]> = {
  DataDrift: driftDefaults,
  PredictionDrift: driftDefaults,
  DataQuality: (["Numerical", "Categorical"] as const).flatMap((dataType) =>
    qualityMetrics.map((metric) => ({ dataType, metric, value: 0.05 })),
  ),
};

/** The signals a monitor watches when the caller lists none: all three kinds. */
export const defaultSignals: MonitorSignalArgs[] = [
  { kind: "DataDrift" },
  { kind: "PredictionDrift" },
  { kind: "DataQuality" },
];

const defaultNames: Record<MonitorSignalKind, string> = {
  DataDrift: "data-drift",
  PredictionDrift: "prediction-drift",
  DataQuality: "data-quality",
};

export function signalName(signal: MonitorSignalArgs): string {
  return signal.name ?? defaultNames[signal.kind];
}

/** Why `value` is out of range for `metric`, or `undefined`. */
function thresholdProblem(metric: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${value} is not a number`;
  if (metric === "PopulationStabilityIndex") {
    return value > 0 && value <= 10
      ? undefined
      : `${value} is out of range: a population stability index threshold is above 0 and at most 10`;
  }
  return value >= 0 && value <= 1
    ? undefined
    : `${value} is out of range: a ${metric} threshold is a fraction from 0 to 1`;
}

const signalNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Checks `signals` (at `path`); an empty list is an error, since a monitor must watch something. */
export function validateSignals(
  v: InputValidator,
  path: string,
  signals: MonitorSignalArgs[] | undefined,
): void {
  if (signals === undefined) return;
  v.check(
    signals.length > 0,
    path,
    "is empty: list at least one signal (DataDrift, PredictionDrift or DataQuality), or leave it out for all three",
  );
  const names = new Set<string>();
  signals.forEach((signal, i) => {
    const at = `${path}[${i}]`;
    if (!(signal.kind in signalMetrics)) {
      v.fail(
        `${at}.kind`,
        `"${signal.kind}" is not a signal kind: use DataDrift, PredictionDrift or DataQuality`,
      );
      return;
    }
    const name = signalName(signal);
    if (!signalNamePattern.test(name)) {
      v.fail(
        `${at}.name`,
        `"${name}" is not a valid signal name: use 1-64 letters, digits, hyphens or underscores`,
      );
    } else if (names.has(name)) {
      v.fail(`${at}.name`, `"${name}" is used by another signal; give each signal its own name`);
    }
    names.add(name);
    const thresholds = signal.thresholds;
    if (thresholds === undefined) return;
    v.check(
      thresholds.length > 0,
      `${at}.thresholds`,
      "is empty: list at least one metric threshold, or leave it out for the defaults",
    );
    const seen = new Set<string>();
    thresholds.forEach((t, j) => {
      const tAt = `${at}.thresholds[${j}]`;
      const allowed = signalMetrics[signal.kind][t.dataType];
      if (allowed === undefined) {
        v.fail(`${tAt}.dataType`, `"${t.dataType}" is not allowed: use Numerical or Categorical`);
        return;
      }
      if (!allowed.includes(t.metric)) {
        v.fail(
          `${tAt}.metric`,
          `"${t.metric}" is not a ${t.dataType.toLowerCase()} ${signal.kind} metric: use ${allowed.join(", ")}`,
        );
        return;
      }
      const key = `${t.dataType}/${t.metric}`;
      if (seen.has(key)) v.fail(`${tAt}.metric`, `${key} is listed twice in this signal`);
      seen.add(key);
      v.report(`${tAt}.value`, thresholdProblem(t.metric, t.value));
    });
  });
}

/** Where the monitor reads production data and the baseline. */
export interface SignalData {
  modelInputs: InputData;
  modelOutputs: InputData;
  baseline: BaselineData;
  /** The baseline with its target column marked, for prediction drift. */
  baselineWithTarget: BaselineData;
}

function metricThresholds(signal: MonitorSignalArgs) {
  return (signal.thresholds ?? defaultSignalThresholds[signal.kind]).map((t) => {
    const threshold = { metric: t.metric, threshold: { value: t.value } };
    return t.dataType === "Numerical"
      ? { dataType: "Numerical" as const, ...threshold }
      : { dataType: "Categorical" as const, ...threshold };
  });
}

/** The `signals` map of a `MonitorDefinition`, keyed by signal name. */
export function renderSignals(
  signals: MonitorSignalArgs[],
  data: SignalData,
): Record<string, pulumi.Input<Signal>> {
  const rendered: Record<string, pulumi.Input<Signal>> = {};
  // AmlNotification sends the monitor's e-mails when a signal breaches.
  const notificationTypes = ["AmlNotification"];
  for (const signal of signals) {
    const thresholds = metricThresholds(signal);
    const allFeatures = { filterType: "AllFeatures" as const };
    let rendering: Signal;
    switch (signal.kind) {
      case "PredictionDrift":
        rendering = {
          signalType: "PredictionDrift",
          notificationTypes,
          metricThresholds: thresholds,
          productionData: data.modelOutputs,
          referenceData: data.baselineWithTarget,
        };
        break;
      case "DataDrift":
        rendering = {
          signalType: "DataDrift",
          notificationTypes,
          metricThresholds: thresholds,
          features: allFeatures,
          productionData: data.modelInputs,
          referenceData: data.baseline,
        };
        break;
      case "DataQuality":
        rendering = {
          signalType: "DataQuality",
          notificationTypes,
          metricThresholds: thresholds,
          features: allFeatures,
          productionData: data.modelInputs,
          referenceData: data.baseline,
        };
        break;
    }
    rendered[signalName(signal)] = rendering;
  }
  return rendered;
}
