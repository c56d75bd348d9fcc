import * as assert from "assert";
import { fakeGuid } from "../../../../cli/simulator/constants";
import { builtInRoles } from "../../../../components/common";
import { TrainingCluster, TrainingClusterArgs } from "../../../../components/ml/mlops";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { group, ids, rg, sub } from "../../../helpers/fixtures";
import {
  installMocks,
  isKnown,
  mocksPerSpec,
  OptionsRecorder,
  RecorderMocks,
  settle,
  unwrap,
  useMocks,
} from "../../../helpers/mocks";
import { unknownPaths } from "./unknowns";

const C = "azure-native:machinelearningservices:Compute";
const UAI = "azure-native:managedidentity:UserAssignedIdentity";
const RA = "azure-native:authorization:RoleAssignment";
const storageId = `${group}/providers/Microsoft.Storage/storageAccounts/stailz`;
const registryId = `${group}/providers/Microsoft.ContainerRegistry/registries/crailz`;
const mlGroup = `/subscriptions/${sub}/resourceGroups/rg-ml`;
const workspaceId = `${mlGroup}/providers/Microsoft.MachineLearningServices/workspaces/mlw-team`;
const identityId = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-train`;

const base: TrainingClusterArgs = {
  resourceGroupName: rg,
  workspaceName: "mlw-ailz",
  storageAccountResourceId: storageId,
};

/** Role, scope and principal of every recorded role assignment. */
function grants(mocks: RecorderMocks) {
  return mocks
    .ofType(RA)
    .map((r) => ({
      scope: r.inputs.scope,
      role: r.inputs.roleDefinitionId,
      principalId: r.inputs.principalId,
      principalType: r.inputs.principalType,
    }))
    .sort((a, b) => a.scope.localeCompare(b.scope));
}

const role = (name: keyof typeof builtInRoles) =>
  `/providers/Microsoft.Authorization/roleDefinitions/${builtInRoles[name]}`;

describe("TrainingCluster", () => {
  const mocks = mocksPerSpec();

  it("creates a low-priority AmlCompute that scales to zero, without public IPs, SSH or local auth", async () => {
    const recorder = new OptionsRecorder();
    const cluster = new TrainingCluster(
      "train",
      { ...base, tags: { owner: "ml" } },
      { transformations: [recorder.transformation] },
    );
    await settle();
    const compute = mocks.one(C).inputs;
    const uai = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-train`;
    assert.deepStrictEqual(
      {
        resourceGroupName: compute.resourceGroupName,
        workspaceName: compute.workspaceName,
        computeName: compute.computeName,
        identity: compute.identity,
        properties: compute.properties,
        tags: compute.tags,
      },
      {
        resourceGroupName: rg,
        workspaceName: "mlw-ailz",
        computeName: "train",
        identity: { type: "UserAssigned", userAssignedIdentities: [uai] },
        properties: {
          computeType: "AmlCompute",
          disableLocalAuth: true,
          properties: {
            vmSize: "Standard_DS3_v2",
            vmPriority: "LowPriority",
            osType: "Linux",
            scaleSettings: {
              minNodeCount: 0,
              maxNodeCount: 4,
              nodeIdleTimeBeforeScaleDown: "PT120S",
            },
            enableNodePublicIp: false,
            remoteLoginPortPublicAccess: "Disabled",
          },
        },
        tags: { owner: "ml" },
      },
    );
    assert.deepStrictEqual(
      [mocks.one(UAI).name, mocks.one(UAI).inputs.resourceName, mocks.one(UAI).inputs.tags],
      ["train-identity", "id-train", { owner: "ml" }],
    );
    assert.deepStrictEqual(grants(mocks), [
      {
        scope: storageId,
        role: role("Storage Blob Data Contributor"),
        principalId: fakeGuid(uai, "principal"),
        principalType: "ServicePrincipal",
      },
    ]);
    assert.strictEqual(recorder.protected(C, "train-compute"), false);
    const options = recorder.options.get(`${C}::train-compute`)!;
    assert.deepStrictEqual(
      [options.replaceOnChanges, options.deleteBeforeReplace],
      [
        [
          "properties.properties.vmSize",
          "properties.properties.vmPriority",
          "properties.properties.subnet",
        ],
        true,
      ],
    );
    assert.strictEqual(
      await unwrap(cluster.resourceId),
      `${group}/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz/computes/train`,
    );
    assert.strictEqual(await unwrap(cluster.identityResourceId), uai);
    assert.strictEqual(await unwrap(cluster.computeName), "train");
    assert.strictEqual(mocks.ofType("azure-native:authorization:ManagementLockByScope").length, 0);
  });

  it("takes explicit opt-ins: dedicated nodes, its own sizes, a subnet, read-only data, AcrPull, a brought identity, a workspace by ID", async () => {
    const recorder = new OptionsRecorder();
    new TrainingCluster(
      "gpu",
      {
        resourceGroupName: rg,
        machineLearningWorkspaceResourceId: workspaceId,
        computeName: "gpu-a100",
        vmSize: "standard_nc24ads_a100_v4",
        allowedVmSizes: ["Standard_NC24ads_A100_v4"],
        vmPriority: "Dedicated",
        maxNodeCount: 2,
        minNodeCount: 1,
        nodeIdleTimeBeforeScaleDown: "PT5M",
        subnetResourceId: ids.subnet,
        storageAccountResourceId: storageId,
        storageAccess: "ReadOnly",
        containerRegistryResourceId: registryId,
        userAssignedIdentityResourceId: identityId,
        userAssignedIdentityPrincipalId: "11111111-2222-3333-4444-555555555555",
        description: "A100 fine-tuning",
        lock: { kind: "CanNotDelete" },
        protect: true,
      },
      { transformations: [recorder.transformation] },
    );
    await settle();
    assert.strictEqual(mocks.ofType(UAI).length, 0);
    const compute = mocks.one(C).inputs;
    assert.deepStrictEqual(
      [compute.resourceGroupName, compute.workspaceName, compute.computeName, compute.identity],
      [
        "rg-ml",
        "mlw-team",
        "gpu-a100",
        { type: "UserAssigned", userAssignedIdentities: [identityId] },
      ],
    );
    assert.deepStrictEqual(compute.properties, {
      computeType: "AmlCompute",
      description: "A100 fine-tuning",
      disableLocalAuth: true,
      properties: {
        vmSize: "standard_nc24ads_a100_v4",
        vmPriority: "Dedicated",
        osType: "Linux",
        scaleSettings: { minNodeCount: 1, maxNodeCount: 2, nodeIdleTimeBeforeScaleDown: "PT5M" },
        enableNodePublicIp: false,
        remoteLoginPortPublicAccess: "Disabled",
        subnet: { id: ids.subnet },
      },
    });
    const principal = {
      principalId: "11111111-2222-3333-4444-555555555555",
      principalType: "ServicePrincipal",
    };
    assert.deepStrictEqual(grants(mocks), [
      { scope: registryId, role: role("AcrPull"), ...principal },
      { scope: storageId, role: role("Storage Blob Data Reader"), ...principal },
    ]);
    const lock = mocks.one("azure-native:authorization:ManagementLockByScope").inputs;
    assert.deepStrictEqual(
      [lock.scope, lock.level],
      [`${workspaceId}/computes/gpu-a100`, "CanNotDelete"],
    );
    assert.strictEqual(recorder.protected(C, "gpu-compute"), true);
  });

  it("cuts a long component name to a valid default compute name", async () => {
    new TrainingCluster("1-training-cluster-for-fraud", base);
    await settle();
    assert.strictEqual(mocks.one(C).inputs.computeName, "c1-training-clus");
  });

  it("rejects an unknown VM size, a bad priority, node counts and idle time out of range", () =>
    assertInputErrors(
      () =>
        new TrainingCluster("bad", {
          ...base,
          vmSize: "Standard_M416ms_v2",
          vmPriority: "Spot" as never,
          maxNodeCount: 0,
          minNodeCount: 2.5,
          nodeIdleTimeBeforeScaleDown: "PT2H",
        }),
      [
        {
          propertyPath: "vmSize",
          reason:
            '"Standard_M416ms_v2" is not in the allowed VM sizes: use one of Standard_DS3_v2,',
        },
        { propertyPath: "vmPriority", reason: '"Spot" is not a VM priority: use LowPriority' },
        {
          propertyPath: "maxNodeCount",
          reason: "0 is out of range: use a whole number from 1 to 1000",
        },
        { propertyPath: "minNodeCount", reason: "2.5 is out of range" },
        {
          propertyPath: "nodeIdleTimeBeforeScaleDown",
          reason: '"PT2H" is not allowed: use an ISO 8601 duration from PT60S to PT30M',
        },
      ],
    ));

  it("rejects a minimum above the maximum, a malformed idle time and a bad allowed list", () => {
    assertInputErrors(
      () =>
        new TrainingCluster("bad", {
          ...base,
          minNodeCount: 5,
          maxNodeCount: 3,
          nodeIdleTimeBeforeScaleDown: "120",
          allowedVmSizes: ["Standard_DS3_v2", "DS4"],
        }),
      [
        { propertyPath: "minNodeCount", reason: "5 is above maxNodeCount (3)" },
        { propertyPath: "nodeIdleTimeBeforeScaleDown", reason: '"120" is not allowed' },
        { propertyPath: "allowedVmSizes[1]", reason: '"DS4" is not a VM size name' },
      ],
    );
    assertInputErrors(
      () => new TrainingCluster("bad", { ...base, allowedVmSizes: [] }),
      [{ propertyPath: "allowedVmSizes", reason: "is empty" }],
    );
  });

  it("rejects wrong resource-ID types and a bad compute name", () =>
    assertInputErrors(
      () =>
        new TrainingCluster("bad", {
          ...base,
          computeName: "9lives",
          subnetResourceId: ids.hubVnet,
          storageAccountResourceId: ids.vault,
          containerRegistryResourceId: "crailz",
          userAssignedIdentityResourceId: ids.workspace,
          userAssignedIdentityPrincipalId: "p",
          storageAccess: "Write" as never,
        }),
      [
        { propertyPath: "computeName", reason: '"9lives" is not a valid compute name' },
        {
          propertyPath: "subnetResourceId",
          reason: "expected a Microsoft.Network/virtualNetworks/subnets ID",
        },
        {
          propertyPath: "storageAccountResourceId",
          reason:
            "is a Microsoft.KeyVault/vaults ID; expected a Microsoft.Storage/storageAccounts ID",
        },
        {
          propertyPath: "containerRegistryResourceId",
          reason: '"crailz" is not an ARM resource ID',
        },
        {
          propertyPath: "userAssignedIdentityResourceId",
          reason: "expected a Microsoft.ManagedIdentity/userAssignedIdentities ID",
        },
        {
          propertyPath: "storageAccess",
          reason: '"Write" is not allowed: use ReadWrite or ReadOnly',
        },
      ],
    ));

  it("rejects conflicting and missing workspace references and a half-brought identity", () => {
    assertInputErrors(
      () =>
        new TrainingCluster("bad", {
          ...base,
          machineLearningWorkspaceResourceId: ids.vault,
          userAssignedIdentityResourceId: identityId,
        }),
      [
        {
          propertyPath: "workspaceName",
          reason: "conflicts with machineLearningWorkspaceResourceId",
        },
        {
          propertyPath: "machineLearningWorkspaceResourceId",
          reason: "expected a Microsoft.MachineLearningServices/workspaces ID",
        },
        {
          propertyPath: "userAssignedIdentityPrincipalId",
          reason: "goes together with userAssignedIdentityResourceId",
        },
      ],
    );
    assertInputErrors(
      () =>
        new TrainingCluster("bad", {
          resourceGroupName: rg,
          storageAccountResourceId: storageId,
          tags: { "a/b": "x" },
        }),
      [
        {
          propertyPath: "workspaceName",
          reason: "is required unless machineLearningWorkspaceResourceId is given",
        },
        { propertyPath: "tags", reason: 'tag name "a/b" is not allowed' },
      ],
    );
  });

  describe("during preview", () => {
    let preview: RecorderMocks;
    before(async () => {
      preview = await useMocks(true);
    });
    after(() => installMocks(mocks));

    it("knows the compute properties, identity and resource ID before anything exists", async () => {
      const cluster = new TrainingCluster("pv", base);
      await settle();
      const compute = preview.one(C).inputs;
      assert.deepStrictEqual(compute.identity, {
        type: "UserAssigned",
        userAssignedIdentities: [
          `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pv`,
        ],
      });
      assert.strictEqual(compute.properties.properties.vmPriority, "LowPriority");
      assert.strictEqual(compute.properties.properties.scaleSettings.minNodeCount, 0);
      assert.deepStrictEqual(unknownPaths(compute.properties), []);
      // The detector does see unknowns: the new identity's principal is one.
      assert.deepStrictEqual(unknownPaths(preview.ofType(RA)[0].inputs), [
        "principalId",
        "roleAssignmentName",
      ]);
      assert.strictEqual(await isKnown(cluster.resourceId), true);
      assert.strictEqual(await isKnown(cluster.identityResourceId), true);
      assert.strictEqual(await isKnown(cluster.identityPrincipalId), false);
    });
  });
});
