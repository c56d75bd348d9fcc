import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { InferenceCluster } from "../../../components/aks";
import { group, sub } from "../../helpers/fixtures";
import { assertInputErrors } from "../../helpers/inputErrors";
import { OptionsRecorder, RecorderMocks, settle, unwrap, useMocks } from "../../helpers/mocks";
import { clusterArgs } from "./clusterFixtures";

const CS = "azure-native:containerservice";
const AUTH = "azure-native:authorization";
const taint = "ailz.io/pool=inference:NoSchedule";

/** The Gatekeeper Assign the definition must carry, for the given namespaces. */
function expectedAssign(namespaces: string[]) {
  return {
    apiVersion: "mutations.gatekeeper.sh/v1",
    kind: "Assign",
    metadata: { name: "ailz-inference-pool-toleration" },
    spec: {
      applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
      match: { scope: "Namespaced", kinds: [{ apiGroups: [""], kinds: ["Pod"] }], namespaces },
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
}

function decodedTemplate(policyRule: any): unknown {
  return JSON.parse(
    Buffer.from(policyRule.then.details.mutationInfo.content, "base64").toString("utf8"),
  );
}

describe("InferenceCluster inference pool isolation", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMocks();
  });

  describe("by default", () => {
    const recorder = new OptionsRecorder();
    before(async () => {
      mocks.reset();
      new InferenceCluster("iso", clusterArgs(), { transformations: [recorder.transformation] });
      await settle();
    });

    it("taints the inference pool NoSchedule and keeps the Azure Policy add-on on", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:AgentPool`).inputs.nodeTaints, [taint]);
      assert.deepStrictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.addonProfiles.azurepolicy, {
        enabled: true,
        config: { version: "v2" },
      });
    });

    it("defines a Kubernetes mutation that adds the toleration in the Azure ML namespaces only", () => {
      const definition = mocks.one(`${AUTH}:PolicyDefinition`);
      assert.strictEqual(definition.name, "iso-pool-toleration");
      const d = definition.inputs;
      assert.match(d.policyDefinitionName, /^ailz-pool-toleration-[0-9a-f]{12}$/);
      assert.deepStrictEqual(
        [d.policyType, d.mode, d.policyRule.if, d.policyRule.then.effect],
        [
          "Custom",
          "Microsoft.Kubernetes.Data",
          { field: "type", in: ["Microsoft.ContainerService/managedClusters"] },
          "mutate",
        ],
      );
      // mutationInfo alone: it cannot be combined with constraint, templates, apiGroups or kinds.
      assert.deepStrictEqual(Object.keys(d.policyRule.then.details), ["mutationInfo"]);
      assert.strictEqual(d.policyRule.then.details.mutationInfo.sourceType, "Base64Encoded");
      assert.deepStrictEqual(
        decodedTemplate(d.policyRule),
        expectedAssign(["azureml", "azureml-endpoints"]),
      );
    });

    it("assigns it at the cluster, by a definition ID known before the definition exists", () => {
      const definitionName = mocks.one(`${AUTH}:PolicyDefinition`).inputs.policyDefinitionName;
      const a = mocks.one(`${AUTH}:PolicyAssignment`);
      assert.strictEqual(a.name, "iso-pool-toleration");
      assert.deepStrictEqual(
        [a.inputs.scope, a.inputs.policyDefinitionId, a.inputs.enforcementMode],
        [
          `${group}/providers/Microsoft.ContainerService/managedClusters/aks-iso`,
          `/subscriptions/${sub}/providers/Microsoft.Authorization/policyDefinitions/${definitionName}`,
          "Default",
        ],
      );
      assert.match(a.inputs.policyAssignmentName, /^ailz-[0-9a-f]{16}$/);
    });

    it("installs the Azure ML extension only after the mutation is assigned", async () => {
      const deps = (recorder.options.get(
        "azure-native:kubernetesconfiguration:Extension::iso-azureml",
      )?.dependsOn ?? []) as pulumi.Resource[];
      const names = await Promise.all(deps.map((r) => unwrap(r.urn)));
      assert.deepStrictEqual(
        names.map((u) => u.split("::").pop()),
        ["iso-pool-inference", "iso-trusted-access", "iso-pool-toleration"],
      );
      assert.strictEqual((await unwrap(deps[2].urn)).includes(`${AUTH}:PolicyAssignment`), true);
    });
  });

  describe('with computeNamespace "default"', () => {
    before(async () => {
      mocks.reset();
      new InferenceCluster("dflt", clusterArgs({ computeNamespace: "default" }));
      await settle();
    });

    it("tolerates the taint in azureml and default, where the endpoints then run", () => {
      assert.deepStrictEqual(
        decodedTemplate(mocks.one(`${AUTH}:PolicyDefinition`).inputs.policyRule),
        expectedAssign(["azureml", "default"]),
      );
      assert.deepStrictEqual(mocks.one(`${CS}:AgentPool`).inputs.nodeTaints, [taint]);
    });
  });

  describe("opted out with isolateInferencePool: false and enableAzurePolicy: false", () => {
    before(async () => {
      mocks.reset();
      new InferenceCluster(
        "open",
        clusterArgs({ isolateInferencePool: false, enableAzurePolicy: false }),
      );
      await settle();
    });

    it("leaves the pool untainted, defines and assigns no mutation, and turns the add-on off", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:AgentPool`).inputs.nodeTaints, []);
      assert.deepStrictEqual(mocks.one(`${CS}:AgentPool`).inputs.nodeLabels, {
        "ailz.io/pool": "inference",
      });
      assert.strictEqual(mocks.ofType(`${AUTH}:PolicyDefinition`).length, 0);
      assert.strictEqual(mocks.ofType(`${AUTH}:PolicyAssignment`).length, 0);
      assert.deepStrictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.addonProfiles.azurepolicy, {
        enabled: false,
      });
      // Azure ML's pods stay pinned to the pool.
      assert.strictEqual(
        mocks.one("azure-native:kubernetesconfiguration:Extension").inputs.configurationSettings[
          "nodeSelector.ailz.io/pool"
        ],
        "inference",
      );
    });
  });

  it("rejects isolation without the Azure Policy add-on, and values that are not booleans", () => {
    assertInputErrors(
      () => new InferenceCluster("bad", clusterArgs({ enableAzurePolicy: false })),
      [
        {
          propertyPath: "enableAzurePolicy",
          reason:
            "false conflicts with isolateInferencePool (true by default): the inference pool's taint is tolerated by Azure ML's pods only through an Azure Policy for Kubernetes mutation",
        },
      ],
    );
    assertInputErrors(
      () =>
        new InferenceCluster(
          "bad",
          clusterArgs({ isolateInferencePool: "yes" as never, enableAzurePolicy: 0 as never }),
        ),
      [
        { propertyPath: "enableAzurePolicy", reason: "must be true or false" },
        { propertyPath: "isolateInferencePool", reason: "must be true or false" },
      ],
    );
  });
});
