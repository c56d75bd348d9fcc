import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { launchPack, PackProcess } from "../../cli/analyzer/launch";
import type { Mode } from "../../cli/args";
import { EXIT_FAILED, EXIT_MANDATORY, EXIT_OK, GateError } from "../../cli/errors";
import type { Report } from "../../cli/report/model";
import { allPolicies } from "../../policies/rules";
import { previewInProcess } from "../helpers/gateInProcess";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures", "foreign");
const MODES: readonly Mode[] = ["preview", "resolved"];
type Exit = typeof EXIT_OK | typeof EXIT_MANDATORY | typeof EXIT_FAILED;

/** A value that differs by mode; a plain value holds in both. */
type PerMode<T> = T | { preview: T; resolved: T };

/** An input value the report must show, by logical resource name and dotted path. */
interface InputCheck {
  /** Only in this mode. @default both modes */
  mode?: Mode;
  resource: string;
  path: string;
  equals: unknown;
}

/**
 * What `ailz preview` must answer for one fixture program. Findings are `policy on resource`
 * (the resource's logical name; stack policies name the root stack `<project>-dev`).
 */
interface Expectation {
  dir: string;
  /** What the program is, for docs/gate.md. */
  style: string;
  exit: { preview: Exit; resolved: Exit };
  /** Every registration (root stack and providers included), in each mode that runs. */
  resources?: number;
  /** Exactly the mandatory findings, in each mode that runs. */
  mandatory?: PerMode<string[]>;
  /** Advisory findings that characterise the program (a subset of what is reported). */
  advisory?: string[];
  /** Checks not decided at preview (a subset). */
  notDecidedAtPreview?: string[];
  /** Invokes the simulated Azure answers: never listed as not simulated. */
  modelled?: string[];
  /**
   * An invoke the simulated Azure does not answer: exit 2 in resolved mode, naming it. At preview
   * the program runs and the report lists it when the invoke was made (arguments known).
   */
  notModelled?: { token: string; calledAtPreview: boolean };
  inputs?: InputCheck[];
  /** For a program that fails: what the one error line must name, in both modes. */
  error?: string[];
}

// Subscriptions the fixtures configure, and IDs composed in them.
const LEDGER_SUB = "0f1e2d3c-4b5a-4697-8877-665544332211";
const CONNECTIVITY_SUB = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const HUB_GROUP = `/subscriptions/${CONNECTIVITY_SUB}/resourceGroups/rg-connectivity-weu`;
const MANAGEMENT_SUB = "11111111-2222-4333-8444-555555555555";
const WORKLOAD_SUB = "66666666-7777-4888-9999-aaaaaaaaaaaa";
const INVOICING_GROUP = `/subscriptions/${WORKLOAD_SUB}/resourceGroups/rg-invoicing-dev`;
const ANALYTICS_SUB = "9d8c7b6a-5f4e-4d3c-8b2a-190817263544";
const ANALYTICS_LAKE = `/subscriptions/${ANALYTICS_SUB}/resourceGroups/rg-analytics-dev/providers/Microsoft.Storage/storageAccounts/stanalyticsdev01`;

const openStorage = (name: string) => [
  `private-endpoint-required on ${name}`,
  `storage-account-network-default-deny on ${name}`,
  `storage-account-no-public-network-access on ${name}`,
  `storage-account-no-shared-key on ${name}`,
];
const defaultStorage = (name: string) =>
  [
    ...openStorage(name),
    `storage-account-min-tls on ${name}`,
    `storage-account-no-blob-public-access on ${name}`,
  ].sort();
const openVault = (name: string) => [
  `key-vault-firewall-default-deny on ${name}`,
  `private-endpoint-required on ${name}`,
  `key-vault-no-public-network-access on ${name}`,
];

const FOREIGN: Expectation[] = [
  {
    dir: "static-website",
    style: "static web site on storage behind a CDN endpoint; apply chain on the web endpoint",
    exit: { preview: 1, resolved: 1 },
    resources: 9,
    mandatory: defaultStorage("sitestorage"),
    advisory: ["storage-account-zone-redundant on sitestorage"],
  },
  {
    dir: "function-app-sas",
    style:
      "Function App running from a blob read through a service SAS; key-based connection string",
    exit: { preview: 1, resolved: 1 },
    resources: 9,
    mandatory: openStorage("funcstore"),
    advisory: ["storage-account-sas-expiration-policy on funcstore"],
    modelled: [
      "azure-native:storage:listStorageAccountKeys",
      "azure-native:storage:listStorageAccountServiceSAS",
    ],
  },
  {
    dir: "app-service-sql",
    style: "App Service and Azure SQL; requireSecret password, secret stack output",
    exit: { preview: 0, resolved: 0 },
    resources: 8,
    mandatory: [],
    advisory: ["stack-has-budget on app-service-sql-dev"],
    inputs: [
      { resource: "sqlserver", path: "administratorLoginPassword", equals: { $secret: true } },
    ],
  },
  {
    dir: "cosmos-connection-strings",
    style: "Cosmos DB connection string into a Key Vault with access policies",
    exit: { preview: 1, resolved: 1 },
    resources: 8,
    mandatory: [
      "cosmos-key-based-metadata-write-disabled on cosmos",
      "cosmos-local-auth-disabled on cosmos",
      "cosmos-min-tls on cosmos",
      "cosmos-public-network-access-disabled on cosmos",
      ...openVault("app-vault"),
      "key-vault-purge-protection on app-vault",
      "key-vault-rbac-authorization on app-vault",
      "private-endpoint-required on cosmos",
    ],
    advisory: ["key-vault-secret-expiration on cosmos-connection"],
    modelled: [
      "azure-native:authorization:getClientConfig",
      "azure-native:cosmosdb:listDatabaseAccountConnectionStrings",
    ],
    inputs: [
      {
        mode: "resolved",
        resource: "cosmos-connection",
        path: "properties.value",
        equals: { $secret: true },
      },
    ],
  },
  {
    dir: "acr-admin-credentials",
    style: "container group pulling with the registry's admin credentials",
    exit: { preview: 1, resolved: 1 },
    resources: 5,
    mandatory: [
      "private-endpoint-required on registry",
      "acr-admin-user-disabled on registry",
      "acr-public-network-access-disabled on registry",
    ],
    advisory: ["acr-premium-sku on registry"],
    modelled: ["azure-native:containerregistry:listRegistryCredentials"],
    inputs: [
      {
        mode: "resolved",
        resource: "web",
        path: "imageRegistryCredentials.0.password",
        equals: { $secret: true },
      },
    ],
  },
  {
    dir: "openai-keys",
    style: "Azure OpenAI called with its API key from a web app; requireObject model config",
    exit: { preview: 1, resolved: 1 },
    resources: 7,
    mandatory: [
      "private-endpoint-required on openai",
      "ai-account-local-auth-disabled on openai",
      "ai-account-network-default-deny on openai",
      "ai-account-public-network-access-disabled on openai",
      "openai-deployment-content-filter-bound on chat-model",
    ],
    advisory: ["ai-account-managed-identity on openai"],
    modelled: ["azure-native:cognitiveservices:listAccountKeys"],
  },
  {
    dir: "keyvault-secrets-config",
    style: "RBAC Key Vault whose secrets and readers come from requireObject/requireSecret",
    exit: { preview: 1, resolved: 1 },
    resources: 8,
    mandatory: [
      "private-endpoint-required on secrets",
      "key-vault-no-public-network-access on secrets",
    ],
    advisory: ["key-vault-soft-delete-retention on secrets"],
    modelled: ["azure-native:authorization:getClientConfig"],
    inputs: [{ resource: "api-token", path: "properties.value", equals: { $secret: true } }],
  },
  {
    dir: "log-analytics-diagnostics",
    style: "Log Analytics with diagnostic settings for storage and a vault; shared key output",
    exit: { preview: 1, resolved: 1 },
    resources: 8,
    mandatory: [
      "private-endpoint-required on datalake",
      "private-endpoint-required on ops-vault",
      "key-vault-no-public-network-access on ops-vault",
      "storage-account-no-public-network-access on datalake",
    ],
    advisory: ["log-analytics-retention on logs"],
    modelled: [
      "azure-native:authorization:getClientConfig",
      "azure-native:operationalinsights:getSharedKeys",
    ],
  },
  {
    dir: "private-endpoints-dns",
    style: "compliant by intent: private endpoints with private DNS zones, diagnostics, tags",
    exit: { preview: 0, resolved: 0 },
    resources: 20,
    mandatory: [],
    advisory: ["storage-account-cmk-encryption on documents"],
    modelled: ["azure-native:authorization:getClientConfig"],
  },
  {
    dir: "hub-spoke-firewall",
    style: "hub and spokes in several resource groups: firewall, peering, routes via apply",
    exit: { preview: 1, resolved: 1 },
    resources: 21,
    // The spokes' workload subnets have neither a network security group nor private egress.
    mandatory: [
      "subnet-no-default-outbound-access on app-workloads",
      "subnet-no-default-outbound-access on data-workloads",
      "subnet-nsg-attached on app-workloads",
      "subnet-nsg-attached on data-workloads",
    ],
    // A Standard firewall policy (no IDPS) and a firewall without diagnostics.
    advisory: [
      "required-tags on hub-firewall",
      "firewall-policy-idps-deny on hub-policy",
      "diagnostics-required on hub-firewall",
    ],
  },
  {
    dir: "aks-helmless",
    style: "public AKS with ACR pull role on the kubelet identity; kubeconfig secret output",
    exit: { preview: 1, resolved: 1 },
    resources: 6,
    mandatory: [
      "private-endpoint-required on images",
      "acr-public-network-access-disabled on images",
      "aks-authorized-ip-ranges on cluster",
      "aks-entra-azure-rbac on cluster",
      "aks-local-accounts-disabled on cluster",
      "aks-private-cluster on cluster",
    ],
    advisory: ["aks-system-pool-min-nodes on cluster"],
    modelled: ["azure-native:containerservice:listManagedClusterUserCredentials"],
  },
  {
    dir: "aks-private-component",
    style: "compliant by intent: private AKS with Entra ID RBAC in a component class",
    exit: { preview: 0, resolved: 0 },
    resources: 11,
    mandatory: [],
    advisory: ["aks-defender-enabled on platform-aks"],
  },
  {
    dir: "openai-private-component",
    style: "compliant by intent: private Azure OpenAI with content filters in a component class",
    exit: { preview: 0, resolved: 0 },
    resources: 17,
    mandatory: [],
    advisory: ["ai-account-cmk-encryption on assistant-account"],
  },
  {
    dir: "existing-network-get",
    style: "`.get()` of a hub group, network and DNS zone through an explicit provider; getSubnet",
    exit: { preview: 0, resolved: 0 },
    resources: 12,
    mandatory: [],
    advisory: ["diagnostics-required on ledger"],
    modelled: ["azure-native:network:getSubnet"],
    inputs: [
      {
        resource: "ledger-blob-pe",
        path: "subnet.id",
        equals: `${HUB_GROUP}/providers/Microsoft.Network/virtualNetworks/vnet-hub-weu/subnets/snet-private-endpoints`,
      },
      {
        resource: "ledger-blob-dns",
        path: "privateDnsZoneConfigs.0.privateDnsZoneId",
        equals: `${HUB_GROUP}/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net`,
      },
      {
        mode: "resolved",
        resource: "ledger-writers",
        path: "scope",
        equals: `/subscriptions/${LEDGER_SUB}/resourceGroups/rg-payments-dev/providers/Microsoft.Storage/storageAccounts/stpaymentsledgerdev`,
      },
    ],
  },
  {
    dir: "explicit-provider-subscription",
    style:
      "two explicit providers (management and workload subscriptions), cross-subscription logs",
    exit: { preview: 1, resolved: 1 },
    resources: 12,
    mandatory: [
      ...openStorage("invoices"),
      ...openVault("invoicing-kv"),
      "key-vault-purge-protection on invoicing-kv",
    ],
    advisory: ["required-tags on central-logs"],
    inputs: [
      { mode: "resolved", resource: "operators-reader", path: "scope", equals: INVOICING_GROUP },
      { resource: "operators-reader-composed", path: "scope", equals: INVOICING_GROUP },
      {
        mode: "resolved",
        resource: "invoicing-kv-to-management",
        path: "workspaceId",
        equals: `/subscriptions/${MANAGEMENT_SUB}/resourceGroups/rg-management/providers/Microsoft.OperationalInsights/workspaces/log-management`,
      },
      {
        mode: "resolved",
        resource: "invoicing-kv-to-management",
        path: "resourceUri",
        equals: `${INVOICING_GROUP}/providers/Microsoft.KeyVault/vaults/kv-invoicing-dev`,
      },
    ],
  },
  {
    dir: "default-provider-config",
    style: "azure-native:subscriptionId in stack config; IDs composed from getClientConfig",
    exit: { preview: 1, resolved: 1 },
    resources: 8,
    mandatory: [
      "private-endpoint-required on lake",
      "storage-account-no-public-network-access on lake",
    ],
    advisory: ["storage-account-zone-redundant on lake"],
    modelled: ["azure-native:authorization:getClientConfig"],
    inputs: [
      { resource: "analysts-read-composed", path: "scope", equals: ANALYTICS_LAKE },
      { mode: "resolved", resource: "analysts-read", path: "scope", equals: ANALYTICS_LAKE },
    ],
  },
  {
    dir: "multi-rg-components",
    style: "one component per config entry, each in its own resource group; pulumi.all chains",
    exit: { preview: 1, resolved: 1 },
    resources: 18,
    mandatory: [...openStorage("productionuploads"), ...openStorage("staginguploads")],
    advisory: [
      "log-analytics-retention on staging-logs",
      "log-analytics-retention on production-logs",
    ],
  },
  {
    dir: "ml-workspace-classic",
    style: "Azure ML workspace with public dependencies and a compute cluster",
    exit: { preview: 1, resolved: 1 },
    resources: 9,
    mandatory: [
      "private-endpoint-required on ml-workspace",
      "private-endpoint-required on mlregistry",

      "acr-admin-user-disabled on mlregistry",
      "acr-public-network-access-disabled on mlregistry",
      "aml-compute-local-auth-disabled on cpu-cluster",
      "aml-compute-no-public-ip on cpu-cluster",
      "aml-workspace-managed-network-isolation on ml-workspace",
      "aml-workspace-public-network-access-disabled on ml-workspace",
      ...openVault("mlvault"),
      "key-vault-purge-protection on mlvault",
      "key-vault-rbac-authorization on mlvault",
      ...openStorage("mlstorage"),
    ],
    advisory: ["workspace-storage-cmk on mlstorage"],
    modelled: ["azure-native:authorization:getClientConfig"],
  },
  {
    dir: "apply-chain-network-rules",
    style:
      "vault firewall built from a subnet ID (unknown at preview); Key Vault references via apply",
    exit: { preview: 1, resolved: 1 },
    resources: 11,
    // The vault's whole `properties` is unknown at preview: the rules reading it wait for
    // resolved; the missing private endpoint and the subnet's NSG are decided at once.
    mandatory: {
      preview: ["private-endpoint-required on checkout-kv", "subnet-nsg-attached on apps"],
      resolved: [...openVault("checkout-kv"), "subnet-nsg-attached on apps"],
    },
    notDecidedAtPreview: [
      "key-vault-firewall-default-deny on checkout-kv",
      "key-vault-no-public-network-access on checkout-kv",
    ],
    advisory: ["diagnostics-required on checkout-kv"],
    modelled: ["azure-native:authorization:getClientConfig"],
  },
  {
    dir: "governance-tags-lookup",
    style: "subscription guardrails (budget, policy assignment) tagged from getTagAtScope",
    exit: { preview: 1, resolved: 1 },
    resources: 7,
    mandatory: [
      "private-endpoint-required on activityarchive",
      "storage-account-no-public-network-access on activityarchive",
    ],
    advisory: ["storage-account-zone-redundant on activityarchive"],
    modelled: ["azure-native:resources:getTagAtScope"],
  },
  {
    dir: "signalr-chat-keys",
    style: "Functions and SignalR wired with keys; promise-form invoke inside pulumi.all().apply",
    exit: { preview: 1, resolved: 1 },
    resources: 7,
    mandatory: defaultStorage("chatfuncs"),
    modelled: [
      "azure-native:storage:listStorageAccountKeys",
      "azure-native:signalrservice:listSignalRKeys",
    ],
  },
  {
    dir: "function-key-apim",
    style: "API Management in front of an existing Function App whose host key is read by invoke",
    exit: { preview: 1, resolved: 2 },
    resources: 9,
    mandatory: [
      "apim-backend-no-stored-keys on orders",
      "apim-private-network on gateway",
      "private-endpoint-required on gateway-kv",
    ],
    advisory: ["diagnostics-required on gateway-kv"],
    modelled: ["azure-native:authorization:getClientConfig"],
    notModelled: { token: "azure-native:web:listWebAppHostKeys", calledAtPreview: true },
  },
  {
    dir: "static-web-app-token",
    style: "Static Web App with its deployment token as a secret output; public media storage",
    exit: { preview: 1, resolved: 2 },
    resources: 6,
    mandatory: [
      "private-endpoint-required on marketingmedia",
      "storage-account-network-default-deny on marketingmedia",
      "storage-account-no-blob-public-access on marketingmedia",
      "storage-account-no-public-network-access on marketingmedia",
      "storage-account-no-shared-key on marketingmedia",
      "storage-container-private on images",
    ],
    notModelled: { token: "azure-native:web:listStaticSiteSecrets", calledAtPreview: false },
  },
  {
    dir: "missing-required-config",
    style: "fails: `config.require` of a key the stack does not set",
    exit: { preview: 2, resolved: 2 },
    error: ["index.ts", "missing-required-config:adminGroupObjectId"],
  },
  {
    dir: "component-input-errors",
    style: "fails: a component throws InputPropertiesError for two properties",
    exit: { preview: 2, resolved: 2 },
    error: ["index.ts", "TeamRegistry", "sku", "retentionDays"],
  },
  {
    dir: "throw-in-apply",
    style: "fails: a validation throws inside an apply that feeds a subnet",
    exit: { preview: 2, resolved: 2 },
    error: [
      "index.ts",
      `subnet "data" (10.20.5.0/24) lies outside the virtual network's 10.10.0.0/16`,
    ],
  },
  {
    dir: "async-main-rejects",
    style: "fails: an async exported main awaits a file read that rejects",
    exit: { preview: 2, resolved: 2 },
    error: ["index.ts", "ENOENT", "address-plan.json"],
  },
];

/** `ailz preview <fixture> --mode <mode>` in this process, with one shared pack process. */
const gate = (pack: PackProcess, dir: string, mode: Mode) =>
  previewInProcess(path.join(FIXTURES, dir), mode, [pack]);

const at = (urn: string) => urn.split("::").pop();
const findings = (report: Report, level: string) => [
  ...new Set(
    report.violations
      .filter((v) => v.enforcementLevel === level)
      .map((v) => `${v.policyName} on ${at(v.urn)}`),
  ),
];
const forMode = <T>(value: PerMode<T>, mode: Mode): T =>
  typeof value === "object" && value !== null && "preview" in value && "resolved" in value
    ? value[mode]
    : (value as T);

function valueAt(inputs: unknown, dotted: string): unknown {
  let value = inputs;
  for (const key of dotted.split(".")) {
    value = value !== null && typeof value === "object" ? (value as any)[key] : undefined;
  }
  return value;
}

/** What the run must show when it produced a report. */
function assertReport(fixture: Expectation, mode: Mode, report: Report): void {
  const mandatory = findings(report, "mandatory");
  assert.strictEqual(report.policies.length, allPolicies.length, "the whole pack ran");
  if (fixture.resources !== undefined) {
    assert.strictEqual(
      report.summary.resources,
      fixture.resources,
      `registered: ${report.resources.map((r) => r.name).join(", ")}`,
    );
  }
  if (fixture.mandatory !== undefined) {
    assert.deepStrictEqual(mandatory.sort(), [...forMode(fixture.mandatory, mode)].sort());
  }
  const advisory = findings(report, "advisory");
  for (const finding of fixture.advisory ?? []) {
    assert.ok(
      advisory.includes(finding),
      `advisory ${finding} missing from ${advisory.join("; ")}`,
    );
  }
  if (mode === "preview") {
    const undecided = report.notDecided.map((n) => `${n.policyName} on ${at(n.urn)}`);
    for (const check of fixture.notDecidedAtPreview ?? []) {
      assert.ok(undecided.includes(check), `${check} is not among the not-decided checks`);
    }
  }
  const notSimulated = report.notSimulated.map((n) => n.token);
  for (const token of fixture.modelled ?? []) {
    assert.ok(!notSimulated.includes(token), `${token} is reported as not simulated`);
  }
  const expectedNotSimulated =
    mode === "preview" && fixture.notModelled?.calledAtPreview ? [fixture.notModelled.token] : [];
  assert.deepStrictEqual([...new Set(notSimulated)], expectedNotSimulated, "notSimulated");
  for (const check of fixture.inputs ?? []) {
    if (check.mode !== undefined && check.mode !== mode) continue;
    const matches = report.resources.filter((r) => r.name === check.resource);
    assert.strictEqual(matches.length, 1, `one resource named ${check.resource}`);
    assert.deepStrictEqual(
      valueAt(matches[0].inputs, check.path),
      check.equals,
      `${check.resource}.${check.path}`,
    );
  }
}

/**
 * What a failed run must say: one `ailz: error:` line naming the file and the cause, followed
 * only by the argument lines of an `InputPropertiesError`.
 */
function assertFailure(fixture: Expectation, mode: Mode, error: GateError): void {
  const [first, ...rest] = error.message.split("\n");
  for (const line of rest) assert.match(line, /^ {2}- [^:]+: /, `an extra line: ${line}`);
  const named = [...(fixture.error ?? [])];
  if (mode === "resolved" && fixture.notModelled) named.push(fixture.notModelled.token);
  for (const fragment of named) {
    assert.ok(
      error.message.includes(fragment),
      `${JSON.stringify(error.message)} does not name ${fragment}`,
    );
  }
  assert.ok(first.length > 0);
}

describe("ailz preview: foreign programs (test/fixtures/foreign)", function () {
  this.timeout(120_000);
  let pack: PackProcess;
  before(async () => {
    pack = await launchPack(path.join(ROOT, "policies"), {}, false);
  });
  after(() => pack?.stop());

  it("has one expectation per fixture folder, and docs/gate.md lists each with its verdicts", () => {
    const folders = fs.readdirSync(FIXTURES).sort();
    assert.deepStrictEqual(FOREIGN.map((f) => f.dir).sort(), folders);
    assert.ok(FOREIGN.length >= 22, `${FOREIGN.length} fixtures`);
    const doc = fs.readFileSync(path.join(ROOT, "docs", "gate.md"), "utf8");
    const start = doc.indexOf("## Foreign programs");
    assert.ok(start >= 0, "docs/gate.md has a Foreign programs section");
    const section = doc.slice(start);
    for (const f of FOREIGN) {
      const row = new RegExp(
        `^\\| \`${f.dir}\` +\\|[^\\n]*\\| +${f.exit.preview} +\\| +${f.exit.resolved} +\\|$`,
        "m",
      );
      assert.match(section, row, `docs/gate.md row for ${f.dir}`);
    }
  });

  for (const fixture of FOREIGN) {
    for (const mode of MODES) {
      const expected = fixture.exit[mode];
      it(`${fixture.dir} --mode ${mode}: exit ${expected}`, async () => {
        const outcome = await gate(pack, fixture.dir, mode);
        const why = outcome.error
          ? outcome.error.message
          : `mandatory: ${findings(outcome.result.report, "mandatory").join("; ")}`;
        assert.strictEqual(outcome.code, expected, why);
        if (outcome.error) assertFailure(fixture, mode, outcome.error);
        else assertReport(fixture, mode, outcome.result.report);
      });
    }
  }
});
