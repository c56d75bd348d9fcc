import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as security from "@pulumi/azure-native/security";
import { InputValidator, plain, shortHash } from "../common";
import {
  GovernanceScopeKind,
  PlannedAssignment,
  planAssignments,
  PolicyPackConfig,
  SkippedPolicy,
} from "./assignmentPlan";
import {
  ALLOWED_IMAGES_DEFINITION,
  allowedImagesRegex,
  DEFAULT_EXCLUDED_NAMESPACES,
  INTERNAL_LOAD_BALANCERS_DEFINITION,
  POD_SECURITY_INITIATIVES,
} from "./clusterPolicies";
import { DEFENDER_PLAN_NAMES, DEFENDER_PLANS, DefenderPlanName } from "./defenderPlans";
import { planExemptions, PlannedExemption } from "./exemptionPlan";

const TOKEN = "ailz:governance:GovernanceBaseline";

const DEFINITIONS = "/providers/Microsoft.Authorization/policyDefinitions";
const SET_DEFINITIONS = "/providers/Microsoft.Authorization/policySetDefinitions";

/** Where the baseline assigns the pack's equivalents. */
export interface GovernanceScope {
  /** Required. What `id` names; subscription-wide definitions (Defender plans) need `subscription` or `managementGroup`. */
  kind: GovernanceScopeKind;
  /**
   * Required. The scope's ARM ID: `/subscriptions/<id>/resourceGroups/<name>`,
   * `/subscriptions/<id>` or `/providers/Microsoft.Management/managementGroups/<id>`.
   */
  id: pulumi.Input<string>;
}

/** In-cluster policy for an AKS cluster, enforced by its Azure Policy add-on. */
export interface ClusterPolicyArgs {
  /** Required. The `Microsoft.ContainerService/managedClusters` ID the policies are assigned to. */
  clusterResourceId: pulumi.Input<string>;
  /** Required. Login servers (`crexample.azurecr.io`) containers may pull from: the zone's registry. */
  allowedRegistryLoginServers: pulumi.Input<string>[];
  /** The Pod Security Standards level enforced. @default "baseline" */
  podSecurity?: "baseline" | "restricted";
  /**
   * Namespaces the allowed-images policy does not judge. The AzureML extension runs its own
   * images from mcr.microsoft.com in `azureml`; drop it from the list to judge that namespace too.
   * @default the definition's system namespaces plus "azureml"
   */
  imageExcludedNamespaces?: string[];
  /** `Deny` blocks violating objects at admission; `Audit` reports them. @default "Deny" */
  effect?: "Deny" | "Audit";
}

/** Defender for Cloud plans for a subscription: an explicit opt-in, billed per resource. */
export interface DefenderPlansArgs {
  /** Required. The subscription ID the plans are switched on for. */
  subscriptionId: pulumi.Input<string>;
  /** The plans. @default ["AI", "StorageAccounts", "Containers", "KeyVaults"] */
  plans?: DefenderPlanName[];
}

export interface GovernanceBaselineArgs {
  /** Required. Where the equivalents of the pack's policies are assigned. */
  scope: GovernanceScope;
  /**
   * The pack's config, the content of the `--policy-pack-config` file: policy name (or `all`) to a
   * level or `{ enforcementLevel?, ...parameters }`. The same file keeps deploy time and run time
   * in step: disabled policies get no assignment, parameters (allowed SKUs, required tags, allowed
   * locations, ...) carry over, exemptions become policy exemptions.
   * @default {} - the pack's defaults
   */
  policyConfig?: PolicyPackConfig;
  /**
   * The stack's tags, which raise critical and high policies to mandatory (Deny) as the pack does.
   * @default {}
   */
  stackTags?: Record<string, string>;
  /**
   * For each exemption's `resource` pattern, the IDs of the resources it covers: Azure exempts
   * scopes, not name patterns. Required for every valid, unexpired exemption of an assigned policy.
   * @default {}
   */
  exemptionScopes?: Record<string, pulumi.Input<string>[]>;
  /** In-cluster policy for an AKS cluster. @default undefined - none */
  cluster?: ClusterPolicyArgs;
  /** Defender plans for a subscription (opt-in). @default undefined - none */
  defenderPlans?: DefenderPlansArgs;
  /** Today's date, `YYYY-MM-DD` UTC, for exemption expiry. @default - the current UTC date */
  today?: string;
}

type ResolvedClusterPolicyArgs = Required<ClusterPolicyArgs>;

interface ResolvedGovernanceBaselineArgs {
  scope: GovernanceScope;
  policyConfig: PolicyPackConfig;
  stackTags: Record<string, string>;
  exemptionScopes: Record<string, pulumi.Input<string>[]>;
  cluster?: ResolvedClusterPolicyArgs;
  defenderPlans?: Required<DefenderPlansArgs>;
  today: string;
}

function resolve(args: GovernanceBaselineArgs): ResolvedGovernanceBaselineArgs {
  const cluster = args.cluster;
  const defender = args.defenderPlans;
  return {
    scope: args.scope,
    policyConfig: args.policyConfig ?? {},
    stackTags: args.stackTags ?? {},
    exemptionScopes: args.exemptionScopes ?? {},
    cluster: cluster && {
      ...cluster,
      podSecurity: cluster.podSecurity ?? "baseline",
      imageExcludedNamespaces: cluster.imageExcludedNamespaces ?? [
        ...DEFAULT_EXCLUDED_NAMESPACES,
        "azureml",
      ],
      effect: cluster.effect ?? "Deny",
    },
    defenderPlans: defender && { ...defender, plans: defender.plans ?? [...DEFENDER_PLAN_NAMES] },
    today: args.today ?? new Date().toISOString().slice(0, 10),
  };
}

const SCOPE_SHAPES: Record<GovernanceScopeKind, RegExp> = {
  resourceGroup: /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/i,
  subscription: /^\/subscriptions\/[^/]+$/i,
  managementGroup: /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+$/i,
};

const LOGIN_SERVER = /^[a-z0-9]+\.azurecr\.(io|cn|us)$/;

function validate(
  name: string,
  args: ResolvedGovernanceBaselineArgs,
  exemptionProblems: readonly { path: string; reason: string }[],
  exemptions: readonly PlannedExemption[],
): void {
  const v = new InputValidator(TOKEN, name);
  const kind = args.scope.kind;
  v.check(
    kind in SCOPE_SHAPES,
    "scope.kind",
    `"${kind}" is not a scope kind: use resourceGroup, subscription or managementGroup`,
  );
  const id = plain(args.scope.id);
  if (id !== undefined && kind in SCOPE_SHAPES) {
    v.check(SCOPE_SHAPES[kind].test(id), "scope.id", `"${id}" is not a ${kind} ID`);
  }
  v.check(/^\d{4}-\d{2}-\d{2}$/.test(args.today), "today", "use YYYY-MM-DD");
  for (const problem of exemptionProblems) v.fail(problem.path, problem.reason);
  for (const exemption of exemptions) {
    const scopes = args.exemptionScopes[exemption.resource];
    v.check(
      scopes !== undefined && scopes.length > 0,
      `exemptionScopes["${exemption.resource}"]`,
      `exemption ${exemption.index} (${exemption.policy}) names "${exemption.resource}": give the resource IDs it covers`,
    );
  }
  const cluster = args.cluster;
  if (cluster !== undefined) {
    v.check(
      cluster.allowedRegistryLoginServers.length > 0,
      "cluster.allowedRegistryLoginServers",
      "give at least one registry login server",
    );
    cluster.allowedRegistryLoginServers.forEach((input, i) => {
      const server = plain(input);
      v.check(
        server === undefined || LOGIN_SERVER.test(server),
        `cluster.allowedRegistryLoginServers[${i}]`,
        `"${server}" is not a registry login server: use <name>.azurecr.io`,
      );
    });
    v.check(
      cluster.podSecurity === "baseline" || cluster.podSecurity === "restricted",
      "cluster.podSecurity",
      `"${cluster.podSecurity}": use baseline or restricted`,
    );
    v.check(
      cluster.effect === "Deny" || cluster.effect === "Audit",
      "cluster.effect",
      `"${cluster.effect}": use Deny or Audit`,
    );
  }
  const plans = args.defenderPlans?.plans ?? [];
  plans.forEach((plan, i) =>
    v.check(
      plan in DEFENDER_PLANS,
      `defenderPlans.plans[${i}]`,
      `"${plan}" is not a plan: use ${DEFENDER_PLAN_NAMES.join(", ")}`,
    ),
  );
  v.check(
    args.defenderPlans === undefined || plans.length > 0,
    "defenderPlans.plans",
    "name at least one plan, or leave defenderPlans out",
  );
  v.throwIfInvalid();
}

/** `{ name: { value } }`, the shape of assignment parameters. */
function parameterValues(values: Readonly<Record<string, unknown>>) {
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]));
}

/**
 * Azure Policy and Defender for the zone after deployment, generated from the pack: the built-in
 * definitions equivalent to the pack's enabled policies (Deny where the pack is mandatory and the
 * definition can deny, Audit otherwise) with the pack's parameters, the pack's exemptions as
 * policy exemptions, in-cluster policy for the inference cluster and, as an opt-in, Defender plans.
 */
export class GovernanceBaseline extends pulumi.ComponentResource {
  /**
   * The assignments made for the pack's policies, in the pack's order (`planAssignments` gives
   * the same plan as plain data, before anything is built).
   */
  public readonly assignments: pulumi.Output<PlannedAssignment[]>;
  /** Mapped policies left out (disabled, subscription-wide at a resource group, no-op parameters). */
  public readonly skipped: pulumi.Output<SkippedPolicy[]>;
  /** The IDs of the pack's assignments, by logical name; known at preview. */
  public readonly assignmentIds: pulumi.Output<Record<string, string>>;

  constructor(name: string, args: GovernanceBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(args);
    const plan = planAssignments(resolved.policyConfig, resolved.stackTags, resolved.scope.kind);
    const assigned = new Set(plan.assignments.map((a) => a.policy));
    const exemptionPlan = planExemptions(resolved.policyConfig, assigned, resolved.today);
    validate(name, resolved, exemptionPlan.problems, exemptionPlan.exemptions);

    const perPolicy = new Map<string, number>();
    for (const a of plan.assignments) perPolicy.set(a.policy, (perPolicy.get(a.policy) ?? 0) + 1);
    const scopeId = pulumi.output(resolved.scope.id);
    const assignmentIds: Record<string, pulumi.Output<string>> = {};
    const byPolicy = new Map<string, pulumi.Output<string>[]>();
    for (const a of plan.assignments) {
      const key = [a.policy, a.definitionId, JSON.stringify(a.parameters)];
      const logical =
        perPolicy.get(a.policy) === 1
          ? `${name}-${a.policy}`
          : `${name}-${a.policy}-${shortHash(key, 6)}`;
      // 24 characters at most, the limit at management group scope.
      const assignmentName = `ailz-${shortHash([name, ...key], 16)}`;
      const parameters =
        a.effect === undefined ? a.parameters : { ...a.parameters, effect: a.effect };
      new authorization.PolicyAssignment(
        logical,
        {
          scope: scopeId,
          policyAssignmentName: assignmentName,
          policyDefinitionId: `${DEFINITIONS}/${a.definitionId}`,
          displayName: `${a.policy}: ${a.displayName}`.slice(0, 128),
          description: `Run-time equivalent of the pack policy ${a.policy}.`,
          enforcementMode: a.enforcementMode,
          parameters: parameterValues(parameters),
          metadata: { packPolicy: a.policy },
        },
        { parent: this },
      );
      // Composed from known names so that exemptions referring to it stay known at preview.
      const id = scopeId.apply(
        (s) => `${s}/providers/Microsoft.Authorization/policyAssignments/${assignmentName}`,
      );
      assignmentIds[logical] = id;
      byPolicy.set(a.policy, [...(byPolicy.get(a.policy) ?? []), id]);
    }

    for (const e of exemptionPlan.exemptions) {
      const scopes = resolved.exemptionScopes[e.resource];
      (byPolicy.get(e.policy) ?? []).forEach((assignmentId, i) =>
        scopes.forEach(
          (scope, j) =>
            new authorization.PolicyExemption(
              `${name}-exemption-${e.index}-${i}-${j}`,
              {
                scope,
                policyExemptionName: `ailz-${shortHash([name, String(e.index), String(i), String(j)], 16)}`,
                policyAssignmentId: assignmentId,
                exemptionCategory: "Waiver",
                expiresOn: e.expiresOn,
                description: e.reason,
                displayName: `${e.policy}: ${e.reason}`.slice(0, 128),
              },
              { parent: this },
            ),
        ),
      );
    }

    const cluster = resolved.cluster;
    if (cluster !== undefined) this.assignClusterPolicies(name, cluster);

    const defender = resolved.defenderPlans;
    if (defender !== undefined) {
      const scope = pulumi.interpolate`/subscriptions/${defender.subscriptionId}`;
      for (const plan of defender.plans) {
        const spec: { subPlan?: string; extensions?: readonly string[] } = DEFENDER_PLANS[plan];
        new security.Pricing(
          `${name}-defender-${plan}`,
          {
            scopeId: scope,
            pricingName: plan,
            pricingTier: "Standard",
            ...(spec.subPlan === undefined ? {} : { subPlan: spec.subPlan }),
            ...(spec.extensions === undefined
              ? {}
              : { extensions: spec.extensions.map((n) => ({ name: n, isEnabled: "True" })) }),
          },
          { parent: this },
        );
      }
    }

    // Outputs, not plain values, so the component provider can serve them to other languages.
    this.assignments = pulumi.output([...plan.assignments]);
    this.skipped = pulumi.output([...plan.skipped]);
    this.assignmentIds = pulumi.all(assignmentIds);
    this.registerOutputs({
      assignments: this.assignments,
      skipped: this.skipped,
      assignmentIds: this.assignmentIds,
    });
  }

  private assignClusterPolicies(name: string, cluster: ResolvedClusterPolicyArgs): void {
    const initiative = POD_SECURITY_INITIATIVES[cluster.podSecurity];
    const scope = cluster.clusterResourceId;
    const assign = (
      role: string,
      definitionId: string,
      displayName: string,
      parameters: pulumi.Input<Record<string, unknown>>,
    ) =>
      new authorization.PolicyAssignment(
        `${name}-cluster-${role}`,
        {
          scope,
          policyAssignmentName: `ailz-${shortHash([name, "cluster", role], 16)}`,
          policyDefinitionId: definitionId,
          displayName,
          enforcementMode: "Default",
          parameters: pulumi.output(parameters).apply(parameterValues),
        },
        { parent: this },
      );
    assign(
      `pod-security-${cluster.podSecurity}`,
      `${SET_DEFINITIONS}/${initiative.policySetDefinitionId}`,
      initiative.displayName,
      { effect: cluster.effect },
    );
    assign(
      "allowed-images",
      `${DEFINITIONS}/${ALLOWED_IMAGES_DEFINITION.definitionId}`,
      ALLOWED_IMAGES_DEFINITION.displayName,
      pulumi.all(cluster.allowedRegistryLoginServers).apply((servers) => ({
        effect: cluster.effect,
        allowedContainerImagesRegex: allowedImagesRegex(servers),
        excludedNamespaces: cluster.imageExcludedNamespaces,
      })),
    );
    assign(
      "internal-load-balancers",
      `${DEFINITIONS}/${INTERNAL_LOAD_BALANCERS_DEFINITION.definitionId}`,
      INTERNAL_LOAD_BALANCERS_DEFINITION.displayName,
      { effect: cluster.effect },
    );
  }
}
