import * as assert from "assert";
import { builtInRoles, createRoleAssignments } from "../../../components/common";
import { GUID_PATTERN } from "../../../policies/facts";
import { group } from "../../helpers/fixtures";
import { mocksPerSpec, settle } from "../../helpers/mocks";

const RA = "azure-native:authorization:RoleAssignment";
const vault = `${group}/providers/Microsoft.KeyVault/vaults/kv-ailz`;
const principalId = "0b6f2c1e-5d4a-4f3b-9e8d-7c6b5a4f3e2d";

describe("common/roleAssignments", () => {
  const mocks = mocksPerSpec();

  /** Two roles for one principal on one scope, as a component grants them. */
  async function twoRoles(componentName: string) {
    createRoleAssignments(
      componentName,
      "vault",
      vault,
      ["Key Vault Secrets User", "Key Vault Crypto Service Encryption User"].map((role) => ({
        roleDefinitionIdOrName: role,
        principalId,
        principalType: "ServicePrincipal" as const,
      })),
      {},
    );
    await settle();
    const recorded = mocks.ofType(RA).filter((r) => r.name.startsWith(`${componentName}-`));
    assert.strictEqual(recorded.length, 2);
    return recorded;
  }

  it("gives two roles of one principal on one scope different Azure and Pulumi names", async () => {
    const [secrets, crypto] = await twoRoles("app");
    assert.deepStrictEqual(
      [secrets, crypto].map((r) => [
        r.inputs.scope,
        r.inputs.principalId,
        r.inputs.roleDefinitionId,
      ]),
      [
        [
          vault,
          principalId,
          `/providers/Microsoft.Authorization/roleDefinitions/${builtInRoles["Key Vault Secrets User"]}`,
        ],
        [
          vault,
          principalId,
          `/providers/Microsoft.Authorization/roleDefinitions/${builtInRoles["Key Vault Crypto Service Encryption User"]}`,
        ],
      ],
    );
    const names = [secrets, crypto].map((r) => r.inputs.roleAssignmentName as string);
    for (const name of names) assert.match(name, GUID_PATTERN);
    assert.notStrictEqual(names[0], names[1]);
    assert.notStrictEqual(secrets.name, crypto.name);
  });

  it("derives the names from scope, principal and role only, so a second run keeps them", async () => {
    const first = await twoRoles("app");
    const again = await twoRoles("app2");
    assert.deepStrictEqual(
      again.map((r) => r.inputs.roleAssignmentName),
      first.map((r) => r.inputs.roleAssignmentName),
    );
  });
});
