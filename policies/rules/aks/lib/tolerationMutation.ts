/**
 * Recognising the Azure Policy for Kubernetes mutation that gives Azure ML's pods the inference
 * pool's toleration (`policies/facts/inferencePool.ts`), and its assignment at a cluster.
 */
import type { PolicyResource } from "@pulumi/policy";
import {
  INFERENCE_POOL_TOLERATION,
  INFERENCE_POOL_TOLERATION_LOCATION,
  KUBERNETES_POLICY_MODE,
  MUTATE_EFFECT,
} from "../../../facts/inferencePool";
import { peek, refersTo, UNRESOLVED } from "../../../lib";

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : undefined);

/** The decoded Gatekeeper template of a Base64Encoded `mutationInfo`, or undefined. */
function decodedTemplate(mutationInfo: any): any {
  if (lower(mutationInfo?.sourceType) !== "base64encoded") return undefined;
  if (typeof mutationInfo.content !== "string") return undefined;
  try {
    // The template is JSON (which is YAML); a YAML-only template is not recognised.
    return JSON.parse(Buffer.from(mutationInfo.content, "base64").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Whether a decoded template is an Assign adding the toleration to pods of named namespaces. */
export function isTolerationAssign(template: any): boolean {
  if (template?.kind !== "Assign") return false;
  if (!String(template.apiVersion ?? "").startsWith("mutations.gatekeeper.sh/")) return false;
  const spec = template.spec ?? {};
  const pods =
    Array.isArray(spec.applyTo) &&
    spec.applyTo.some((a: any) => Array.isArray(a?.kinds) && a.kinds.includes("Pod"));
  // Without namespaces every pod would tolerate the taint, and the pool would be open to all.
  const namespaces = spec.match?.namespaces;
  const limited =
    Array.isArray(namespaces) &&
    namespaces.length > 0 &&
    namespaces.every((n: unknown) => typeof n === "string" && !n.includes("*"));
  const value = spec.parameters?.assign?.value ?? {};
  const t = INFERENCE_POOL_TOLERATION;
  const tolerates =
    value.key === t.key &&
    value.effect === t.effect &&
    ((value.operator === "Equal" && value.value === t.value) || value.operator === "Exists");
  return pods && limited && spec.location === INFERENCE_POOL_TOLERATION_LOCATION && tolerates;
}

/**
 * Whether the definition is the toleration mutation: `true`, `false`, or `undefined` when what
 * decides is unknown at preview.
 */
export function isTolerationMutation(definition: PolicyResource): boolean | undefined {
  const read = peek(() => ({
    mode: definition.props.mode as unknown,
    effect: definition.props.policyRule?.then?.effect as unknown,
    mutationInfo: definition.props.policyRule?.then?.details?.mutationInfo
      ? {
          sourceType: definition.props.policyRule.then.details.mutationInfo.sourceType as unknown,
          content: definition.props.policyRule.then.details.mutationInfo.content as unknown,
        }
      : undefined,
  }));
  if (read === UNRESOLVED) return undefined;
  return (
    lower(read.mode) === KUBERNETES_POLICY_MODE.toLowerCase() &&
    lower(read.effect) === MUTATE_EFFECT &&
    isTolerationAssign(decodedTemplate(read.mutationInfo))
  );
}

/**
 * Whether the assignment names the definition (graph edge, or a known ID ending in its name);
 * `undefined` when either is unknown at preview.
 */
export function assignsDefinition(
  assignment: PolicyResource,
  definition: PolicyResource,
): boolean | undefined {
  if (refersTo(assignment, definition, "policyDefinitionId")) return true;
  const id = peek(() => assignment.props.policyDefinitionId as unknown);
  const name = peek(() => definition.props.policyDefinitionName as unknown);
  if (id === UNRESOLVED || name === UNRESOLVED) return undefined;
  if (typeof id !== "string" || typeof name !== "string") return false;
  return id
    .toLowerCase()
    .endsWith(`/providers/microsoft.authorization/policydefinitions/${name.toLowerCase()}`);
}

/**
 * Whether the assignment's scope is the cluster named `clusterName` (graph edge, or a known
 * scope ending in it); `undefined` when the scope is unknown at preview.
 */
export function assignedAt(
  assignment: PolicyResource,
  cluster: PolicyResource | undefined,
  clusterName: string,
): boolean | undefined {
  if (cluster !== undefined && refersTo(assignment, cluster, "scope")) return true;
  const scope = peek(() => assignment.props.scope as unknown);
  if (scope === UNRESOLVED) return undefined;
  return (
    typeof scope === "string" &&
    scope.toLowerCase().endsWith(`/microsoft.containerservice/managedclusters/${clusterName}`)
  );
}

/** Whether the assignment enforces (a `DoNotEnforce` assignment mutates nothing). */
export function enforces(assignment: PolicyResource): boolean | undefined {
  const mode = peek(() => assignment.props.enforcementMode as unknown);
  if (mode === UNRESOLVED) return undefined;
  return lower(mode) !== "donotenforce";
}
