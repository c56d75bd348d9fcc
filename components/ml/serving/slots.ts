import * as pulumi from "@pulumi/pulumi";
import type * as inputs from "@pulumi/azure-native/types/input";
import { durationSeconds } from "../../../policies/facts/isoDuration";
import { InputValidator, nameProblem } from "../../common";
import { DataCollectionArgs, validateDataCollection } from "../mlops/dataCollection";

/** The two slots of a blue/green rollout. */
export type SlotKey = "blue" | "green";
export const slotKeys: readonly SlotKey[] = ["blue", "green"];

/** Autoscaling of one slot (`TargetUtilization`). */
export interface SlotScaleArgs {
  /**
   * Instances always running. One instance means downtime on every host update or failure;
   * Microsoft recommends three or more for production, as the policy pack's
   * aml-deployment-min-instances does.
   * @default 3
   */
  minInstances?: number;
  /** The autoscale ceiling, a cost driver. @default - twice minInstances */
  maxInstances?: number;
  /** The utilization autoscale aims for, in percent. @default 70 */
  targetUtilizationPercentage?: number;
  /** How often autoscale evaluates, as an ISO 8601 duration. @default "PT1M" */
  pollingInterval?: string;
}

/** A liveness or readiness probe (ISO 8601 durations). */
export interface SlotProbeArgs {
  /** @default "PT10S" */
  initialDelay?: string;
  /** @default "PT10S" */
  period?: string;
  /** @default "PT2S" */
  timeout?: string;
  /** @default 30 */
  failureThreshold?: number;
  /** @default 1 */
  successThreshold?: number;
}

/** One slot: a model version served by its own `OnlineDeployment`. */
export interface SlotArgs {
  /**
   * The deployment's name, used in the `azureml-model-deployment` header to smoke-test a slot.
   * @default the slot key, "blue" or "green"
   */
  deploymentName?: string;
  /** Required. The model asset, e.g. `azureml:fraud-model:3` or a model version's ARM ID. */
  model: pulumi.Input<string>;
  /** Required. The environment asset, e.g. `azureml:sklearn-env:2`. */
  environmentId: pulumi.Input<string>;
  /** The scoring code. @default - none (no-code deployment, e.g. MLflow models) */
  codeConfiguration?: { codeId: pulumi.Input<string>; scoringScript: pulumi.Input<string> };
  /**
   * The VM SKU (managed) or the cluster's instance type (Kubernetes).
   * @default "Standard_DS3_v2" on managed endpoints, "defaultinstancetype" on Kubernetes
   */
  instanceType?: pulumi.Input<string>;
  /** @default { minInstances: 3, maxInstances: 6, targetUtilizationPercentage: 70 } */
  scale?: SlotScaleArgs;
  /**
   * Required. The slot's share of live traffic, a whole percentage; the slots sum to 100. Change
   * it in stack config to promote (100/0 -> 90/10 -> 0/100) or roll back.
   */
  weight: number;
  /**
   * A share of live requests copied to this slot, whose answers are dropped: at most 50, only on
   * a slot with weight 0, only on managed endpoints.
   * @default 0
   */
  mirror?: number;
  /** @default - Azure's probe defaults, written out so they show in previews */
  livenessProbe?: SlotProbeArgs;
  /** @default - as livenessProbe */
  readinessProbe?: SlotProbeArgs;
  /** Request concurrency and timeouts. @default - Azure's defaults */
  requestSettings?: inputs.machinelearningservices.OnlineRequestSettingsArgs;
  /** @default {} */
  environmentVariables?: Record<string, pulumi.Input<string>>;
  /** CPU, memory and GPU requests and limits (Kubernetes endpoints only). @default - the instance type's */
  containerResourceRequirements?: inputs.machinelearningservices.ContainerResourceRequirementsArgs;
  /**
   * Production data collection (the deployment's `dataCollector`) into the workspace's
   * customer-managed-key storage, which `ModelMonitor` reads. `{ enabled: false }` opts out;
   * no request headers or raw bodies are kept unless listed.
   * @default {} (model_inputs and model_outputs of every request, hourly folders, no headers)
   */
  dataCollection?: DataCollectionArgs;
}

/** A slot with its defaults resolved. */
export interface ResolvedSlot {
  key: SlotKey;
  deploymentName: string;
  weight: number;
  mirror: number;
  minInstances: number;
  maxInstances: number;
  targetUtilizationPercentage: number;
  pollingInterval: string;
}

/** A day-time duration as online deployments take it: fractions of a second only (`PT0.5S`). */
function isDuration(text: string): boolean {
  return durationSeconds(text, { fractions: "seconds" }) !== undefined;
}

function wholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

export function resolveSlot(key: SlotKey, slot: SlotArgs): ResolvedSlot {
  const minInstances = slot.scale?.minInstances ?? 3;
  return {
    key,
    deploymentName: slot.deploymentName ?? key,
    weight: slot.weight,
    mirror: slot.mirror ?? 0,
    minInstances,
    maxInstances: slot.scale?.maxInstances ?? minInstances * 2,
    targetUtilizationPercentage: slot.scale?.targetUtilizationPercentage ?? 70,
    pollingInterval: slot.scale?.pollingInterval ?? "PT1M",
  };
}

/** The live and mirror traffic maps of the slots, by deployment name. */
export function trafficMaps(slots: readonly ResolvedSlot[]): {
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
} {
  return {
    traffic: Object.fromEntries(slots.map((s) => [s.deploymentName, s.weight])),
    mirrorTraffic: Object.fromEntries(
      slots.filter((s) => s.mirror > 0).map((s) => [s.deploymentName, s.mirror]),
    ),
  };
}

/**
 * Checks the slot model: names, weights (whole, summing to 100, so one slot always serves),
 * mirror (at most 50, on a slot with weight 0, one slot, managed endpoints only), scale and probes.
 */
export function validateSlots(
  v: InputValidator,
  slots: Partial<Record<SlotKey, SlotArgs>>,
  computeType: "Managed" | "Kubernetes",
): void {
  const present = slotKeys.filter((k) => slots[k] !== undefined);
  if (present.length === 0) {
    v.fail("blue", "at least one slot (blue or green) is required");
    return;
  }
  const names = new Map<string, SlotKey>();
  for (const key of present) {
    const slot = slots[key]!;
    const r = resolveSlot(key, slot);
    validateDataCollection(v, `${key}.dataCollection`, slot.dataCollection);
    if (slot.deploymentName !== undefined) {
      v.report(`${key}.deploymentName`, nameProblem("mlOnlineDeployment", slot.deploymentName));
    }
    const other = names.get(r.deploymentName.toLowerCase());
    v.check(
      other === undefined,
      `${key}.deploymentName`,
      `"${r.deploymentName}" is already the ${other} slot's deployment name; slots need distinct names`,
    );
    names.set(r.deploymentName.toLowerCase(), key);
    v.check(
      wholeIn(slot.weight, 0, 100),
      `${key}.weight`,
      `${slot.weight} is not a weight: use a whole percentage from 0 to 100`,
    );
    if (slot.mirror !== undefined && slot.mirror !== 0) {
      v.check(
        wholeIn(slot.mirror, 1, 50),
        `${key}.mirror`,
        `${slot.mirror} is out of range: mirror at most 50% (a whole percentage)`,
      );
      v.check(
        slot.weight === 0,
        `${key}.mirror`,
        `mirrors to a slot with weight ${slot.weight}; mirror traffic must target a slot with 0 live weight`,
      );
      v.check(
        computeType === "Managed",
        `${key}.mirror`,
        "mirror traffic is not supported on Kubernetes online endpoints; remove it",
      );
    }
    v.check(
      wholeIn(r.minInstances, 1, 1000),
      `${key}.scale.minInstances`,
      `${r.minInstances} is not an instance count: use a whole number from 1 (3 or more avoids downtime)`,
    );
    v.check(
      wholeIn(r.maxInstances, 1, 1000) && r.maxInstances >= r.minInstances,
      `${key}.scale.maxInstances`,
      `${r.maxInstances} must be a whole number no smaller than minInstances (${r.minInstances})`,
    );
    v.check(
      wholeIn(r.targetUtilizationPercentage, 1, 100),
      `${key}.scale.targetUtilizationPercentage`,
      `${r.targetUtilizationPercentage} is not a percentage from 1 to 100`,
    );
    v.check(
      isDuration(r.pollingInterval),
      `${key}.scale.pollingInterval`,
      `"${r.pollingInterval}" is not an ISO 8601 duration such as PT1M`,
    );
    for (const probe of ["livenessProbe", "readinessProbe"] as const) {
      const p = slot[probe];
      if (!p) continue;
      for (const field of ["initialDelay", "period", "timeout"] as const) {
        const value = p[field];
        v.check(
          value === undefined || isDuration(value),
          `${key}.${probe}.${field}`,
          `"${value}" is not an ISO 8601 duration such as PT10S`,
        );
      }
    }
    v.check(
      slot.containerResourceRequirements === undefined || computeType === "Kubernetes",
      `${key}.containerResourceRequirements`,
      "applies to Kubernetes endpoints only; managed endpoints size by instanceType",
    );
  }
  const mirrored = present.filter((k) => (slots[k]!.mirror ?? 0) !== 0);
  v.check(
    mirrored.length <= 1,
    `${mirrored[1] ?? "green"}.mirror`,
    "only one slot may receive mirror traffic",
  );
  const weights = present.map((k) => slots[k]!.weight);
  if (weights.every((w) => wholeIn(w, 0, 100))) {
    const total = weights.reduce((a, b) => a + b, 0);
    v.check(
      total === 100,
      present.length === 1 ? `${present[0]}.weight` : "green.weight",
      `the slots' weights sum to ${total}; they must sum to 100 so that a slot always serves (${present
        .map((k) => `${k} ${slots[k]!.weight}`)
        .join(", ")})`,
    );
  }
}
