import type { PolicyResource } from "@pulumi/policy";
import {
  INFERENCE_POOL_LABEL_KEY,
  INFERENCE_POOL_LABEL_VALUE,
  INFERENCE_POOL_TAINT,
  INFERENCE_POOL_TOLERATION_LOCATION,
} from "../../facts/inferencePool";
import { ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { addonOf } from "./lib/addons";
import { namesCluster } from "./lib/clusterLinks";
import { ClusterProps, Pool, poolsOf } from "./lib/pools";
import {
  assignedAt,
  assignsDefinition,
  enforces,
  isTolerationMutation,
} from "./lib/tolerationMutation";

/** One pool labelled for inference, with the cluster it belongs to when the stack holds it. */
interface LabelledPool {
  pool: Pool;
  name: string;
  clusterName: string;
  cluster: PolicyResource | undefined;
  reportOn: PolicyResource;
}

const known = (read: () => unknown) => {
  const v = peek(read);
  return typeof v === "string" ? v : undefined;
};

/** Whether the pool carries the isolation label; `undefined` when its labels are unknown. */
function labelled(pool: Pool): boolean | undefined {
  const value = peek(
    () => (pool.nodeLabels as Record<string, unknown> | undefined)?.[INFERENCE_POOL_LABEL_KEY],
  );
  return value === UNRESOLVED ? undefined : value === INFERENCE_POOL_LABEL_VALUE;
}

function labelledPools(resources: readonly PolicyResource[]): LabelledPool[] {
  const clusters = ofType(resources, [T.managedCluster]);
  const found: LabelledPool[] = [];
  for (const cluster of clusters) {
    const clusterName =
      known(() => cluster.props.resourceName ?? cluster.props.name) ?? cluster.name;
    for (const ref of poolsOf(cluster.props, T.managedCluster)) {
      if (labelled(ref.pool) !== true) continue;
      const name = known(() => ("name" in ref.pool ? ref.pool.name : undefined)) ?? ref.at;
      found.push({ pool: ref.pool, name, clusterName, cluster, reportOn: cluster });
    }
  }
  for (const agentPool of ofType(resources, [T.agentPool])) {
    const pool = agentPool.props as Pool;
    if (labelled(pool) !== true) continue;
    const cluster = clusters.find((c) => namesCluster(agentPool, c, "resourceName"));
    const clusterName =
      (cluster && known(() => cluster.props.resourceName ?? cluster.props.name)) ??
      known(() => agentPool.props.resourceName) ??
      "";
    const name = known(() => agentPool.props.agentPoolName) ?? agentPool.name;
    found.push({ pool, name, clusterName, cluster, reportOn: agentPool });
  }
  return found;
}

/**
 * Whether the stack assigns the toleration mutation at the cluster: `true`, `false`, or
 * `undefined` when an input that could decide is unknown at preview.
 */
function toleratedAt(resources: readonly PolicyResource[], p: LabelledPool): boolean | undefined {
  let maybe = false;
  const definitions = ofType(resources, [T.policyDefinition]);
  for (const assignment of ofType(resources, [T.policyAssignment])) {
    const at = assignedAt(assignment, p.cluster, p.clusterName.toLowerCase());
    const on = enforces(assignment);
    if (at === false || on === false) continue;
    for (const definition of definitions) {
      const named = assignsDefinition(assignment, definition);
      const mutation = isTolerationMutation(definition);
      if (named === false || mutation === false) continue;
      if (at && on && named && mutation) return true;
      maybe = true;
    }
  }
  return maybe ? undefined : false;
}

export const aksInferencePoolIsolated = stackRule({
  name: "aks-inference-pool-isolated",
  description:
    "AKS inference pools are kept apart from other workloads: tainted NoSchedule, with the toleration given only to Azure ML's pods by a Kubernetes mutation policy assigned at the cluster.",
  // The mutation rests on a preview Azure Policy effect: advisory, not raised on production stacks.
  severity: "medium",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["own:issue 21 (isolate the inference node pool from other workloads)"],
  remediationSteps: `Leave InferenceCluster's isolateInferencePool on (the default). Otherwise add '${INFERENCE_POOL_TAINT}' to the pool's nodeTaints and assign at the cluster an authorization:PolicyDefinition with mode 'Microsoft.Kubernetes.Data', effect 'mutate' and a Base64Encoded mutationInfo holding a Gatekeeper Assign that sets ${INFERENCE_POOL_TOLERATION_LOCATION} for Pods of the Azure ML namespaces only, with the cluster's Azure Policy add-on on.`,
  url: "https://learn.microsoft.com/azure/governance/policy/concepts/effect-mutate",
  types: [T.managedCluster, T.agentPool, T.policyDefinition, T.policyAssignment],
  validate: (resources, ctx) => {
    for (const p of labelledPools(resources)) {
      const problems: string[] = [];
      const taints = peek(() => (p.pool.nodeTaints ?? []) as unknown[]);
      if (taints !== UNRESOLVED && !taints.some((t) => t === INFERENCE_POOL_TAINT)) {
        problems.push(
          `nodeTaints lacks '${INFERENCE_POOL_TAINT}', so any pod may be scheduled on it`,
        );
      }
      const addon =
        p.cluster && peek(() => addonOf(p.cluster!.props as ClusterProps, "azurepolicy")?.enabled);
      if (p.cluster !== undefined && addon !== UNRESOLVED && addon !== true) {
        problems.push("the cluster's Azure Policy add-on is off, so no mutation runs");
      }
      if (toleratedAt(resources, p) === false) {
        problems.push(
          `no enforced policy assignment at cluster '${p.clusterName}' gives Azure ML's pods the matching toleration (a 'mutate' definition whose Gatekeeper Assign sets ${INFERENCE_POOL_TOLERATION_LOCATION} in named namespaces)`,
        );
      }
      if (problems.length === 0) continue;
      ctx.report(
        `Inference pool '${p.name}' (label ${INFERENCE_POOL_LABEL_KEY}: ${INFERENCE_POOL_LABEL_VALUE}) is not kept apart from other workloads: ${problems.join("; ")}.`,
        p.reportOn,
      );
    }
  },
});
