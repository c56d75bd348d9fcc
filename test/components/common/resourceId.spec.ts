import * as assert from "assert";
import {
  parseResourceId,
  resourceIdProblem,
  roleGuid,
  stableGuid,
} from "../../../components/common";

const subnetId =
  "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe";

describe("common/resourceId", () => {
  it("parses nested resource IDs", () => {
    assert.deepStrictEqual(parseResourceId(subnetId), {
      subscriptionId: "0000",
      resourceGroupName: "rg-net",
      provider: "Microsoft.Network",
      type: "Microsoft.Network/virtualNetworks/subnets",
      names: ["vnet-hub", "snet-pe"],
      name: "snet-pe",
    });
  });

  const cases: [string, string, string | undefined][] = [
    [subnetId, "Microsoft.Network/virtualNetworks/subnets", undefined],
    [subnetId.toLowerCase(), "Microsoft.Network/virtualNetworks/subnets", undefined],
    [
      subnetId,
      "Microsoft.Network/virtualNetworks",
      "is a Microsoft.Network/virtualNetworks/subnets ID; expected a Microsoft.Network/virtualNetworks ID (/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<name>)",
    ],
    [
      "vnet-hub",
      "Microsoft.Network/virtualNetworks",
      '"vnet-hub" is not an ARM resource ID; expected /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<name>',
    ],
    [
      "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/",
      "Microsoft.KeyVault/vaults",
      '"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/" is not an ARM resource ID; expected /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>',
    ],
  ];
  for (const [id, type, problem] of cases) {
    it(`judges ${id.slice(-24)} against ${type}`, () =>
      assert.strictEqual(resourceIdProblem(id, type), problem));
  }

  it("leaves computed IDs to Azure", () => {
    assert.strictEqual(
      resourceIdProblem(Promise.resolve("x"), "Microsoft.KeyVault/vaults"),
      undefined,
    );
  });
});

describe("common/roleAssignments roleGuid", () => {
  const cases: [string, string | undefined][] = [
    ["Key Vault Crypto Service Encryption User", "e147488a-f6f5-4113-8e2d-b22465e65bf6"],
    ["AcrPull", "7f951dda-4ed3-4680-a7ca-43fe172d538d"],
    ["BA92F5B4-2D11-453D-A403-E96B0029C9FE", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"],
    [
      "/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7",
      "acdd72a7-3385-48ef-bd42-f606fba81ae7",
    ],
    ["Key Vault Crypto God", undefined],
  ];
  for (const [input, guid] of cases) {
    it(`resolves ${input.slice(-40)}`, () => assert.strictEqual(roleGuid(input), guid));
  }

  it("names assignments with a deterministic GUID", () => {
    const a = stableGuid("/scope", "principal", "role");
    assert.strictEqual(a, stableGuid("/scope", "principal", "role"));
    assert.notStrictEqual(a, stableGuid("/scope", "principal", "other-role"));
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
