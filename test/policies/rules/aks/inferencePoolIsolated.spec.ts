import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksInferencePoolIsolated as rule } from "../../../../policies/rules/aks/inferencePoolIsolated";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { compliantAgentPool } from "./fixtures";
import { CLUSTER_ID, clusterResource } from "./stackFixtures";

const TAINT = "ailz.io/pool=inference:NoSchedule";
const DEFINITION_ID =
  "/subscriptions/s/providers/Microsoft.Authorization/policyDefinitions/ailz-pool-toleration-1";

/** The Gatekeeper Assign InferenceCluster writes, spelled out here so the spec does not trust it. */
const assign = (edit: (spec: any) => void = () => {}) => {
  const template: any = {
    apiVersion: "mutations.gatekeeper.sh/v1",
    kind: "Assign",
    metadata: { name: "ailz-inference-pool-toleration" },
    spec: {
      applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
      match: { scope: "Namespaced", namespaces: ["azureml", "azureml-endpoints"] },
      location: 'spec.tolerations[key: "ailz.io/pool"]',
      parameters: {
        assign: {
          value: {
            key: "ailz.io/pool",
            operator: "Equal",
            value: "inference",
            effect: "NoSchedule",
          },
        },
      },
    },
  };
  edit(template.spec);
  return Buffer.from(JSON.stringify(template)).toString("base64");
};

const definition = (fields: Record<string, unknown> = {}, content = assign()) =>
  stackResource(T.policyDefinition, "def", {
    policyDefinitionName: "ailz-pool-toleration-1",
    policyType: "Custom",
    mode: "Microsoft.Kubernetes.Data",
    policyRule: {
      if: { field: "type", in: ["Microsoft.ContainerService/managedClusters"] },
      then: {
        effect: "mutate",
        details: { mutationInfo: { sourceType: "Base64Encoded", content } },
      },
    },
    ...fields,
  });

const assignment = (fields: Record<string, unknown> = {}) =>
  stackResource(T.policyAssignment, "assign", {
    scope: CLUSTER_ID,
    policyAssignmentName: "ailz-0123456789abcdef",
    policyDefinitionId: DEFINITION_ID,
    enforcementMode: "Default",
    ...fields,
  });

/** The inference pool as InferenceCluster declares it: its own AgentPool on cluster aks-ai. */
const pool = (fields: Record<string, unknown> = {}) =>
  stackResource(T.agentPool, "pool", {
    ...compliantAgentPool(),
    agentPoolName: "inference",
    scaleSetPriority: "Regular",
    nodeLabels: { "ailz.io/pool": "inference" },
    nodeTaints: [TAINT],
    ...fields,
  });

const isolated = () => [clusterResource(), pool(), definition(), assignment()];

const prefix =
  "Inference pool 'inference' (label ailz.io/pool: inference) is not kept apart from other workloads: ";
const noTaint = `nodeTaints lacks '${TAINT}', so any pod may be scheduled on it`;
const noMutation =
  "no enforced policy assignment at cluster 'aks-ai' gives Azure ML's pods the matching toleration (a 'mutate' definition whose Gatekeeper Assign sets spec.tolerations[key: \"ailz.io/pool\"] in named namespaces)";

describe("aks-inference-pool-isolated", () => {
  it("passes a tainted pool with the toleration mutation assigned at its cluster", () => {
    const result = runStackPolicy(rule, isolated());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("passes stacks whose pools do not carry the isolation label", () => {
    assert.deepStrictEqual(messages(runStackPolicy(rule, [clusterResource()])), []);
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          clusterResource(),
          stackResource(T.agentPool, "gpu", compliantAgentPool()),
        ]),
      ),
      [],
    );
  });

  it("reports a labelled pool without the taint, on the pool, as advisory", () => {
    const result = runStackPolicy(rule, [
      clusterResource(),
      pool({ nodeTaints: [] }),
      definition(),
      assignment(),
    ]);
    assert.deepStrictEqual(messages(result), [`${prefix}${noTaint}.`]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.agentPool, "pool"));
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    // NoExecute or another value is not the taint the mutation tolerates.
    for (const taint of ["ailz.io/pool=inference:NoExecute", "ailz.io/pool=gpu:NoSchedule"]) {
      assert.deepStrictEqual(
        messages(
          runStackPolicy(rule, [
            clusterResource(),
            pool({ nodeTaints: [taint] }),
            definition(),
            assignment(),
          ]),
        ),
        [`${prefix}${noTaint}.`],
      );
    }
  });

  it("reports the label-only opt-out: no taint and no mutation", () => {
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [clusterResource(), pool({ nodeTaints: [] })])),
      [`${prefix}${noTaint}; ${noMutation}.`],
    );
  });

  it("reports a tainted pool when the mutation is missing, not assigned at its cluster, or not enforced", () => {
    const cases = [
      [clusterResource(), pool(), definition()],
      [clusterResource(), pool(), assignment()],
      [
        clusterResource(),
        pool(),
        definition(),
        assignment({ scope: CLUSTER_ID.replace("aks-ai", "aks-other") }),
      ],
      [
        clusterResource(),
        pool(),
        definition(),
        assignment({ policyDefinitionId: `${DEFINITION_ID}-other` }),
      ],
      [clusterResource(), pool(), definition(), assignment({ enforcementMode: "DoNotEnforce" })],
    ];
    assert.strictEqual(cases.length, 5);
    for (const stack of cases) {
      assert.deepStrictEqual(messages(runStackPolicy(rule, stack)), [`${prefix}${noMutation}.`]);
    }
  });

  it("does not count a definition that is not the toleration mutation", () => {
    const wrong: [string, ReturnType<typeof definition>][] = [
      ["mode", definition({ mode: "All" })],
      ["effect", definition({ policyRule: { then: { effect: "audit", details: {} } } })],
      [
        "PublicURL",
        definition({
          policyRule: {
            then: {
              effect: "mutate",
              details: { mutationInfo: { sourceType: "PublicURL", url: "https://x" } },
            },
          },
        }),
      ],
      ["not JSON", definition({}, Buffer.from("kind: Assign").toString("base64"))],
      [
        "every namespace",
        definition(
          {},
          assign((s) => delete s.match.namespaces),
        ),
      ],
      [
        "wildcard namespace",
        definition(
          {},
          assign((s) => (s.match.namespaces = ["*"])),
        ),
      ],
      [
        "another location",
        definition(
          {},
          assign((s) => (s.location = "spec.tolerations[key: other]")),
        ),
      ],
      [
        "another effect",
        definition(
          {},
          assign((s) => (s.parameters.assign.value.effect = "NoExecute")),
        ),
      ],
      [
        "not pods",
        definition(
          {},
          assign((s) => (s.applyTo[0].kinds = ["Deployment"])),
        ),
      ],
    ];
    assert.strictEqual(wrong.length, 9);
    for (const [why, d] of wrong) {
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [clusterResource(), pool(), d, assignment()])),
        [`${prefix}${noMutation}.`],
        why,
      );
    }
  });

  it("reports the mutation when the cluster's Azure Policy add-on is off", () => {
    const cluster = clusterResource({ addonProfiles: { azurepolicy: { enabled: false } } });
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [cluster, pool(), definition(), assignment()])),
      [`${prefix}the cluster's Azure Policy add-on is off, so no mutation runs.`],
    );
  });

  it("checks a pool declared inline in agentPoolProfiles, reporting on the cluster", () => {
    const inline = clusterResource({
      agentPoolProfiles: [
        { ...clusterResource().props.agentPoolProfiles[0] },
        {
          name: "inference",
          mode: "User",
          nodeLabels: { "ailz.io/pool": "inference" },
          nodeTaints: [],
        },
      ],
    });
    const result = runStackPolicy(rule, [inline]);
    assert.deepStrictEqual(messages(result), [`${prefix}${noTaint}; ${noMutation}.`]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.managedCluster, "aks"));
  });

  it("finds the cluster and the definition by graph edge when their names are unknown at preview", () => {
    const cluster = clusterResource({ resourceName: UNKNOWN });
    const d = definition({ policyDefinitionName: UNKNOWN });
    const linked = [
      cluster,
      stackResource(
        T.agentPool,
        "pool",
        { ...pool().props, resourceName: UNKNOWN },
        { propertyDependencies: { resourceName: [cluster] } },
      ),
      d,
      stackResource(
        T.policyAssignment,
        "assign",
        { scope: UNKNOWN, policyDefinitionId: UNKNOWN, enforcementMode: "Default" },
        { propertyDependencies: { scope: [cluster], policyDefinitionId: [d] } },
      ),
    ];
    assert.deepStrictEqual(messages(runStackPolicy(rule, linked)), []);
  });

  it("does not report the mutation while an input that decides it is unknown at preview", () => {
    for (const stack of [
      [clusterResource(), pool(), definition(), assignment({ scope: UNKNOWN })],
      [clusterResource(), pool(), definition(), assignment({ policyDefinitionId: UNKNOWN })],
      [clusterResource(), pool(), definition({ policyRule: UNKNOWN }), assignment()],
    ]) {
      assert.deepStrictEqual(messages(runStackPolicy(rule, stack)), []);
    }
    // An unknown taint list does not decide; a known missing mutation still does.
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [clusterResource(), pool({ nodeTaints: UNKNOWN })])),
      [`${prefix}${noMutation}.`],
    );
  });
});
