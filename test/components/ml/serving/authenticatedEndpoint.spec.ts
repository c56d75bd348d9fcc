import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import {
  AuthenticatedEndpoint,
  AuthenticatedEndpointArgs,
} from "../../../../components/ml/serving";
import { SIMULATED_TIME } from "../../../../cli/simulator/constants";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { diagnostics, group, ids, rg, sub } from "../../../helpers/fixtures";
import { mocksPerSpec, OptionsRecorder, settle, unwrap } from "../../../helpers/mocks";

const T = "azure-native:machinelearningservices";
const workspaceId = `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz`;
const computeId = `${workspaceId}/computes/aks-inference`;
const vaultRole = "4633458b-17de-408a-b874-0445c86b69e6";

const args = (extra: Partial<AuthenticatedEndpointArgs> = {}): AuthenticatedEndpointArgs => ({
  workspaceName: "mlw-ailz",
  resourceGroupName: rg,
  diagnosticSettings: diagnostics,
  ...extra,
});

describe("AuthenticatedEndpoint", () => {
  const mocks = mocksPerSpec();

  describe("with defaults (managed)", () => {
    let ep: AuthenticatedEndpoint;
    const recorder = new OptionsRecorder();
    beforeEach(async () => {
      ep = new AuthenticatedEndpoint("ep", args({ tags: { costCenter: "cc-1" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("takes Entra ID tokens only, is private, has a system identity and carries no traffic", () => {
      const e = mocks.one(`${T}:OnlineEndpoint`);
      assert.match(e.inputs.endpointName, /^ep-ep-[0-9a-f]{6}$/);
      assert.deepStrictEqual(
        {
          resourceGroupName: e.inputs.resourceGroupName,
          workspaceName: e.inputs.workspaceName,
          kind: e.inputs.kind,
          identity: e.inputs.identity,
          properties: e.inputs.properties,
          tags: e.inputs.tags,
        },
        {
          resourceGroupName: rg,
          workspaceName: "mlw-ailz",
          kind: "Managed",
          identity: { type: "SystemAssigned" },
          properties: { authMode: "AADToken", publicNetworkAccess: "Disabled" },
          tags: { costCenter: "cc-1" },
        },
      );
    });

    it("ignores traffic drift, so an endpoint update carries the live traffic instead of 0%", () => {
      const options = recorder.options.get(`${T}:OnlineEndpoint::ep-endpoint`);
      assert.deepStrictEqual(options?.ignoreChanges, [
        "properties.traffic",
        "properties.mirrorTraffic",
      ]);
    });

    it("sends console, traffic and event logs and metrics to Log Analytics", async () => {
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting");
      assert.deepStrictEqual(diag.inputs, {
        name: "diag-endpoint",
        resourceUri: await unwrap(ep.resourceId),
        workspaceId: ids.workspace,
        logAnalyticsDestinationType: "Dedicated",
        logs: [
          { category: "AmlOnlineEndpointConsoleLog", enabled: true },
          { category: "AmlOnlineEndpointTrafficLog", enabled: true },
          { category: "AmlOnlineEndpointEventLog", enabled: true },
        ],
        metrics: [{ category: "AllMetrics", enabled: true }],
      });
    });

    it("grants its identity nothing unasked and exports no keys", () => {
      assert.deepStrictEqual(mocks.ofType("azure-native:authorization:RoleAssignment"), []);
      assert.deepStrictEqual(
        Object.keys(ep).filter((k) => /key/i.test(k)),
        [],
      );
    });

    it("exposes its ID, identity and a target for blue/green slots", async () => {
      const name = await unwrap(ep.name);
      const id = `${workspaceId}/onlineEndpoints/${name}`;
      assert.strictEqual(await unwrap(ep.resourceId), id);
      assert.strictEqual(ep.computeType, "Managed");
      assert.strictEqual(ep.authMode, "AADToken");
      assert.match(await unwrap(ep.principalId), /^[0-9a-f-]{36}$/);
      assert.strictEqual(await unwrap(ep.target.endpointResourceId), id);
      assert.strictEqual(await unwrap(ep.target.endpointName), name);
      assert.strictEqual(await unwrap(ep.target.workspaceName), "mlw-ailz");
      assert.strictEqual(ep.target.computeType, "Managed");
      assert.strictEqual(await unwrap(ep.target.revision!), `${id}@${SIMULATED_TIME}`);
    });
  });

  it("runs on the inference cluster's Kubernetes compute with AML tokens", async () => {
    new AuthenticatedEndpoint(
      "k8s",
      args({ endpointName: "ep-k8s", computeResourceId: computeId }),
    );
    await settle();
    const e = mocks.one(`${T}:OnlineEndpoint`);
    assert.strictEqual(e.inputs.kind, "Kubernetes");
    assert.deepStrictEqual(e.inputs.properties, {
      authMode: "AMLToken",
      publicNetworkAccess: "Disabled",
      compute: computeId,
    });
  });

  it("takes the workspace by resource ID", async () => {
    const ep = new AuthenticatedEndpoint("byid", {
      machineLearningWorkspaceResourceId: workspaceId,
      endpointName: "ep-byid",
      diagnosticSettings: [],
    });
    await settle();
    const e = mocks.one(`${T}:OnlineEndpoint`);
    assert.deepStrictEqual(
      [e.inputs.resourceGroupName, e.inputs.workspaceName, e.inputs.endpointName],
      [rg, "mlw-ailz", "ep-byid"],
    );
    assert.strictEqual(await unwrap(ep.resourceId), `${workspaceId}/onlineEndpoints/ep-byid`);
    assert.deepStrictEqual(mocks.ofType("azure-native:monitor:DiagnosticSetting"), []);
  });

  it("opts in to key auth and public access explicitly", async () => {
    new AuthenticatedEndpoint(
      "keyed",
      args({ authMode: "Key", allowKeyAuth: true, publicNetworkAccess: "Enabled" }),
    );
    await settle();
    assert.deepStrictEqual(mocks.one(`${T}:OnlineEndpoint`).inputs.properties, {
      authMode: "Key",
      publicNetworkAccess: "Enabled",
    });
  });

  it("grants its identity exactly the roles asked for, on their scopes", async () => {
    const ep = new AuthenticatedEndpoint(
      "roles",
      args({
        endpointName: "ep-roles",
        identityRoleAssignments: [
          { roleDefinitionIdOrName: "Key Vault Secrets User", scopeResourceId: ids.vault },
        ],
        roleAssignments: [
          {
            roleDefinitionIdOrName: "AzureML Data Scientist",
            principalId: "11111111-1111-1111-1111-111111111111",
            principalType: "Group",
          },
        ],
      }),
    );
    await settle();
    const assignments = mocks
      .ofType("azure-native:authorization:RoleAssignment")
      .map((r) => [
        r.inputs.scope,
        r.inputs.principalId,
        r.inputs.principalType,
        r.inputs.roleDefinitionId,
      ]);
    assert.deepStrictEqual(
      assignments.sort(),
      [
        [
          ids.vault,
          await unwrap(ep.principalId),
          "ServicePrincipal",
          `/providers/Microsoft.Authorization/roleDefinitions/${vaultRole}`,
        ],
        [
          `${workspaceId}/onlineEndpoints/ep-roles`,
          "11111111-1111-1111-1111-111111111111",
          "Group",
          "/providers/Microsoft.Authorization/roleDefinitions/f6c7c914-8db3-469d-8ca1-694a8f32e121",
        ],
      ].sort(),
    );
  });

  describe("rejects bad input", () => {
    it("a bad endpoint name and an unknown auth mode", () =>
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint(
            "b1",
            args({ endpointName: "1-bad_name", authMode: "Token" as never }),
          ),
        [
          { propertyPath: "endpointName", reason: '"1-bad_name" is not a valid name: use 3-32' },
          { propertyPath: "authMode", reason: '"Token" is not an auth mode' },
        ],
      ));

    it("key auth without the opt-in, and the opt-in without key auth", () => {
      assertInputErrors(
        () => new AuthenticatedEndpoint("b2", args({ authMode: "Key" })),
        [{ propertyPath: "authMode", reason: "Key needs the explicit opt-in allowKeyAuth: true" }],
      );
      assertInputErrors(
        () => new AuthenticatedEndpoint("b3", args({ allowKeyAuth: true })),
        [{ propertyPath: "allowKeyAuth", reason: 'applies only with authMode: "Key"' }],
      );
    });

    it("Entra ID tokens on a Kubernetes endpoint", () =>
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint(
            "b4",
            args({ authMode: "AADToken", computeResourceId: computeId }),
          ),
        [{ propertyPath: "authMode", reason: "AADToken is supported on managed endpoints only" }],
      ));

    it("wrong resource-ID types for the workspace, the compute and diagnostics", () =>
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint("b5", {
            machineLearningWorkspaceResourceId: ids.vault,
            computeResourceId: `${group}/providers/Microsoft.ContainerService/managedClusters/aks`,
            diagnosticSettings: [{ workspaceResourceId: ids.subnet }],
          }),
        [
          {
            propertyPath: "machineLearningWorkspaceResourceId",
            reason: "expected a Microsoft.MachineLearningServices/workspaces ID",
          },
          {
            propertyPath: "computeResourceId",
            reason: "expected a Microsoft.MachineLearningServices/workspaces/computes ID",
          },
          {
            propertyPath: "diagnosticSettings[0].workspaceResourceId",
            reason: "expected a Microsoft.OperationalInsights/workspaces ID",
          },
        ],
      ));

    it("no workspace, and names that contradict the workspace ID", () => {
      assertInputErrors(
        () => new AuthenticatedEndpoint("b6", { workspaceName: "w", diagnosticSettings: [] }),
        [
          {
            propertyPath: "machineLearningWorkspaceResourceId",
            reason: "is required unless both workspaceName and resourceGroupName are set",
          },
        ],
      );
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint(
            "b7",
            args({
              machineLearningWorkspaceResourceId: workspaceId,
              workspaceName: "other",
              resourceGroupName: "rg-x",
            }),
          ),
        [
          {
            propertyPath: "workspaceName",
            reason: "conflicts with machineLearningWorkspaceResourceId",
          },
          {
            propertyPath: "resourceGroupName",
            reason: "conflicts with machineLearningWorkspaceResourceId",
          },
        ],
      );
    });

    it("an unknown network access value, a computed scope without key, a repeated role and a bad lock", () =>
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint(
            "b9",
            args({
              publicNetworkAccess: "Open" as never,
              identityRoleAssignments: [
                { roleDefinitionIdOrName: "Reader", scopeResourceId: pulumi.output(ids.vault) },
                { roleDefinitionIdOrName: "Key Vault Secrets User", scopeResourceId: ids.vault },
                { roleDefinitionIdOrName: "Key Vault Secrets User", scopeResourceId: ids.vault },
              ],
              lock: { kind: "Forever" as never },
            }),
          ),
        [
          {
            propertyPath: "publicNetworkAccess",
            reason: '"Open" is not allowed: use Disabled or Enabled',
          },
          {
            propertyPath: "identityRoleAssignments[0].key",
            reason: "is required when scopeResourceId is computed",
          },
          { propertyPath: "identityRoleAssignments[2]", reason: "repeats an earlier assignment" },
          { propertyPath: "lock.kind", reason: '"Forever" is not a lock kind' },
        ],
      ));

    it("broad or unknown roles for the endpoint identity, and missing diagnostics", () =>
      assertInputErrors(
        () =>
          new AuthenticatedEndpoint("b8", {
            ...args(),
            diagnosticSettings: undefined as never,
            identityRoleAssignments: [
              { roleDefinitionIdOrName: "Contributor", scopeResourceId: group },
              { roleDefinitionIdOrName: "Vault Boss", scopeResourceId: ids.vault },
              { roleDefinitionIdOrName: "Reader", scopeResourceId: "not-an-id" },
            ],
          }),
        [
          {
            propertyPath: "identityRoleAssignments[0].roleDefinitionIdOrName",
            reason: '"Contributor" is too broad for a scoring identity',
          },
          {
            propertyPath: "identityRoleAssignments[1].roleDefinitionIdOrName",
            reason: '"Vault Boss" is not a role',
          },
          {
            propertyPath: "identityRoleAssignments[2].scopeResourceId",
            reason: '"not-an-id" is not an ARM resource ID',
          },
          { propertyPath: "diagnosticSettings", reason: "is required" },
        ],
      ));
  });

  it("uses the provider's subscription in its default name and ID", async () => {
    const ep = new AuthenticatedEndpoint("subcheck", args());
    await settle();
    assert.ok((await unwrap(ep.resourceId)).startsWith(`/subscriptions/${sub}/`));
  });
});
