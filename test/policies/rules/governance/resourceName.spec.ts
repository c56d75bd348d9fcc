import * as assert from "assert";
import { T, TYPE_GROUPS } from "../../../../policies/lib";
import { resourceNameFormat as format } from "../../../../policies/rules/governance/resourceNameFormat";
import { resourceNameValid as valid } from "../../../../policies/rules/governance/resourceNameValid";
import { NAME_INPUTS } from "../../../../policies/rules/governance/lib/resourceNames";
import { NAME_RULES } from "../../../../policies/facts";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

describe("resource-name-valid", () => {
  it("judges every named kind by one of Azure's naming rules", () => {
    const kinds = Object.entries(NAME_INPUTS);
    assert.strictEqual(kinds.length, 14);
    const unruled = kinds.filter(([kind, input]) => !((input.rule ?? kind) in NAME_RULES));
    assert.deepStrictEqual(unruled, []);
  });

  const cases: [string, string, string, string, string][] = [
    // type, input, a valid name, an invalid one, the rule in words
    [T.storageAccount, "accountName", "staiprod01", "st-ai", "3-24 lowercase letters or digits"],
    [
      T.vault,
      "vaultName",
      "kv-ai-prod",
      "kv--ai",
      "3-24 letters, digits or hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens",
    ],
    [T.key, "keyName", "cmk-storage", "cmk_storage", "1-127 letters, digits or hyphens"],
    [T.secret, "secretName", "db-password", "db.password", "1-127 letters, digits or hyphens"],
    [T.registry, "registryName", "craiprod", "cr-ai", "5-50 letters or digits"],
    [
      T.networkSecurityGroup,
      "networkSecurityGroupName",
      "nsg-ai_1",
      "nsg-ai-",
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      T.virtualNetwork,
      "virtualNetworkName",
      "vnet-ai",
      "v",
      "2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      T.subnet,
      "subnetName",
      "snet-ai",
      "-snet",
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      T.publicIpAddress,
      "publicIpAddressName",
      "pip-ai",
      "pip.",
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      T.routeTable,
      "routeTableName",
      "rt-ai",
      "rt ai",
      "1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      T.privateEndpoint,
      "privateEndpointName",
      "pep-kv",
      "p",
      "2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
    ],
    [
      TYPE_GROUPS.appInsights[0],
      "resourceName",
      "appi-ai(prod)",
      "appi/ai",
      "1-255 letters, digits, periods, underscores, hyphens or parentheses, not ending with a period",
    ],
    [
      T.logAnalyticsWorkspace,
      "workspaceName",
      "log-ai",
      "log",
      "4-63 letters, digits or hyphens, starting and ending with a letter or digit",
    ],
    [
      T.userAssignedIdentity,
      "resourceName",
      "id-ai",
      "_id-ai",
      "3-128 letters, digits, hyphens or underscores, starting with a letter or digit",
    ],
  ];
  for (const [type, input, good, bad, allowed] of cases) {
    it(`checks ${type.split(":").pop()} names`, () => {
      assert.deepStrictEqual(messages(runResourcePolicy(valid, type, { [input]: good })), []);
      assert.deepStrictEqual(messages(runResourcePolicy(valid, type, { [input]: bad })), [
        `${input} '${bad}' breaks Azure's naming rules; use ${allowed}.`,
      ]);
    });
  }

  it("checks the length bounds: 24 characters pass, 25 fail", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(valid, T.storageAccount, { accountName: "a".repeat(24) })),
      [],
    );
    assert.strictEqual(
      messages(runResourcePolicy(valid, T.storageAccount, { accountName: "a".repeat(25) })).length,
      1,
    );
  });

  it("checks a VNet's inline subnets and a public IP's DNS label", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(valid, T.virtualNetwork, {
          virtualNetworkName: "vnet-ai",
          subnets: [{ name: "snet-ok" }, { name: "snet-" }],
        }),
      ),
      [
        "subnets[1].name 'snet-' breaks Azure's naming rules; use 1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore.",
      ],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(valid, T.publicIpAddress, {
          publicIpAddressName: "pip-ai",
          dnsSettings: { domainNameLabel: "AI-Gateway" },
        }),
      ),
      [
        "dnsSettings.domainNameLabel 'AI-Gateway' breaks Azure's naming rules; use 3-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit.",
      ],
    );
  });

  it("leaves auto-named resources alone", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(valid, T.storageAccount, { resourceGroupName: "rg" })),
      [],
    ));

  it("is skipped at preview when a name is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(valid, T.vault, { vaultName: UNKNOWN }).unknown,
      "string value at .vaultName can't be known during preview",
    ));
});

describe("resource-name-format", () => {
  it("passes names with the Cloud Adoption Framework prefixes", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(format, T.storageAccount, { accountName: "staiprod" })),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(format, T.virtualNetwork, {
          virtualNetworkName: "vnet-ai",
          subnets: [{ name: "snet-pe" }, { name: "GatewaySubnet" }],
        }),
      ),
      [],
    );
  });

  it("reports names without the prefix, inline subnets included", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(format, T.virtualNetwork, {
          virtualNetworkName: "ai-network",
          subnets: [{ name: "workload" }],
        }),
      ),
      [
        "virtualNetworkName 'ai-network' does not match the naming convention /^vnet-/; rename it.",
        "subnets[0].name 'workload' does not match the naming convention /^snet-/; rename it.",
      ],
    ));

  it("uses configured patterns, and '' turns a kind off", () => {
    const config = { formats: { networkSecurityGroup: "^NSG-[A-Z]+$", registry: "" } };
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          format,
          T.networkSecurityGroup,
          { networkSecurityGroupName: "nsg-ai" },
          { config },
        ),
      ),
      [
        "networkSecurityGroupName 'nsg-ai' does not match the naming convention /^NSG-[A-Z]+$/; rename it.",
      ],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(format, T.registry, { registryName: "myregistry" }, { config })),
      [],
    );
  });

  it("does not apply to kinds without a convention", () =>
    assert.ok(runResourcePolicy(format, T.vault, { vaultName: "vault" }).notApplicable));

  it("is skipped at preview when a name is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(format, T.routeTable, { routeTableName: UNKNOWN }).unknown,
      "string value at .routeTableName can't be known during preview",
    ));
});
