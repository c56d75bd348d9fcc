import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlRegistryPublicNetworkAccessDisabled as access } from "../../../../policies/rules/ml/registryPublicNetworkAccessDisabled";
import { amlRegistryStorageZoneRedundant as zones } from "../../../../policies/rules/ml/registryStorageZoneRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const region = (location: string, storageAccountType = "Standard_ZRS") => ({
  location,
  storageAccountDetails: [
    {
      systemCreatedStorageAccount: {
        storageAccountType,
        storageAccountHnsEnabled: false,
        allowBlobPublicAccess: false,
      },
    },
  ],
  acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: "Premium" } }],
});

/** What `PrivateMlRegistry` registers with its defaults and one replica region. */
const compliantRegistry = (): Record<string, unknown> => ({
  resourceGroupName: "rg-ai",
  registryName: "mlr-models",
  location: "westeurope",
  identity: { type: "SystemAssigned" },
  publicNetworkAccess: "Disabled",
  regionDetails: [region("westeurope"), region("northeurope")],
});

describe("aml-registry-public-network-access-disabled", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(access, T.mlRegistry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports public access enabled as mandatory", () => {
    const result = runResourcePolicy(access, T.mlRegistry, {
      ...compliantRegistry(),
      publicNetworkAccess: "Enabled",
    });
    assert.deepStrictEqual(messages(result), [
      "publicNetworkAccess must be 'Disabled'; it is 'Enabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports an unset publicNetworkAccess", () => {
    const props = compliantRegistry();
    delete props.publicNetworkAccess;
    assert.deepStrictEqual(messages(runResourcePolicy(access, T.mlRegistry, props)), [
      "publicNetworkAccess must be 'Disabled'; it is not set, so Azure enables it.",
    ]);
  });

  it("reports a region whose storage allows public blob access", () => {
    const open = region("northeurope");
    open.storageAccountDetails[0].systemCreatedStorageAccount.allowBlobPublicAccess = true;
    const props = { ...compliantRegistry(), regionDetails: [region("westeurope"), open] };
    assert.deepStrictEqual(messages(runResourcePolicy(access, T.mlRegistry, props)), [
      "regionDetails[1].storageAccountDetails[0].systemCreatedStorageAccount.allowBlobPublicAccess must be false; it is true.",
    ]);
  });

  it("is skipped at preview when publicNetworkAccess is unknown", () => {
    const result = runResourcePolicy(access, T.mlRegistry, {
      ...compliantRegistry(),
      publicNetworkAccess: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .publicNetworkAccess can't be known during preview",
    );
  });
});

describe("aml-registry-storage-zone-redundant", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(zones, T.mlRegistry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports a region on locally redundant storage, as advisory", () => {
    const result = runResourcePolicy(zones, T.mlRegistry, {
      ...compliantRegistry(),
      regionDetails: [region("westeurope"), region("northeurope", "Standard_LRS")],
    });
    assert.deepStrictEqual(messages(result), [
      "regionDetails[1].storageAccountDetails[0].systemCreatedStorageAccount.storageAccountType must be zone-redundant (Standard_ZRS, Standard_GZRS, Standard_RAGZRS, Premium_ZRS); it is 'Standard_LRS'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a region without storage details, and a registry without regions", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(zones, T.mlRegistry, {
          ...compliantRegistry(),
          regionDetails: [{ location: "westeurope" }],
        }),
      ),
      [
        "regionDetails[0] (westeurope) must set a storage account type; none is set, so Azure chooses one.",
      ],
    );
    const props = compliantRegistry();
    delete props.regionDetails;
    assert.deepStrictEqual(messages(runResourcePolicy(zones, T.mlRegistry, props)), [
      "regionDetails must list the registry's regions with their storage; it is empty.",
    ]);
  });

  it("is skipped at preview when the regions are unknown", () => {
    const result = runResourcePolicy(zones, T.mlRegistry, {
      ...compliantRegistry(),
      regionDetails: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.match(String(result.unknown), /regionDetails/);
  });
});
