/**
 * How the AKS inference pool is kept apart from other workloads, both ways: Azure ML's pods are
 * pinned to it by the isolation label (`nodeSelector`), and the pool's NoSchedule taint keeps
 * every other pod off it. The Azure ML extension cannot add tolerations to its pods, so an Azure
 * Policy for Kubernetes mutation (a Gatekeeper `Assign`) adds the matching toleration to the pods
 * of the Azure ML namespaces only. `InferenceCluster` builds both; the pack's
 * `aks-inference-pool-isolated` checks both.
 */

/** The node label that marks the inference pool; Azure ML pins its pods to it by `nodeSelector`. */
export const INFERENCE_POOL_LABEL_KEY = "ailz.io/pool";
/** The value of `INFERENCE_POOL_LABEL_KEY` on the inference pool's nodes. */
export const INFERENCE_POOL_LABEL_VALUE = "inference";
/** The taint that keeps pods without the matching toleration off the inference pool. */
export const INFERENCE_POOL_TAINT = `${INFERENCE_POOL_LABEL_KEY}=${INFERENCE_POOL_LABEL_VALUE}:NoSchedule`;

/** The toleration the mutation gives Azure ML's pods, matching `INFERENCE_POOL_TAINT`. */
export const INFERENCE_POOL_TOLERATION = {
  key: INFERENCE_POOL_LABEL_KEY,
  operator: "Equal",
  value: INFERENCE_POOL_LABEL_VALUE,
  effect: "NoSchedule",
} as const;

/**
 * Where the mutation writes: the pod's toleration keyed by the isolation label. The key is quoted:
 * Gatekeeper's location parser rejects an unquoted `.` or `/` inside a list key
 * (open-policy-agent/gatekeeper#2877).
 */
export const INFERENCE_POOL_TOLERATION_LOCATION = `spec.tolerations[key: "${INFERENCE_POOL_LABEL_KEY}"]`;

/** The Azure Policy mode and effect of a Kubernetes mutation definition (the effect is preview). */
export const KUBERNETES_POLICY_MODE = "Microsoft.Kubernetes.Data";
export const MUTATE_EFFECT = "mutate";

/**
 * The Gatekeeper `Assign` that adds `INFERENCE_POOL_TOLERATION` to every pod created in
 * `namespaces`. The Azure Policy definition carries it base64-encoded in
 * `then.details.mutationInfo.content` (sourceType `Base64Encoded`), as JSON, which is YAML too.
 */
export function inferencePoolTolerationAssign(namespaces: readonly string[]) {
  return {
    apiVersion: "mutations.gatekeeper.sh/v1",
    kind: "Assign",
    metadata: { name: "ailz-inference-pool-toleration" },
    spec: {
      applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
      match: {
        scope: "Namespaced",
        kinds: [{ apiGroups: [""], kinds: ["Pod"] }],
        namespaces: [...namespaces],
      },
      location: INFERENCE_POOL_TOLERATION_LOCATION,
      parameters: { assign: { value: { ...INFERENCE_POOL_TOLERATION } } },
    },
  };
}
