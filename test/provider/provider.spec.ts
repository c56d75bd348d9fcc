import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as proto from "@pulumi/pulumi/proto/provider_pb";
import { NOT_IN_SCHEMA } from "../../provider/notInSchema";
import { diagnostics, ids, privateEndpointWithZones, rg } from "../helpers/fixtures";
import { FAKE_TENANT_ID } from "../../cli/simulator/constants";
import * as yaml from "js-yaml";
import { FakeEngine, PROJECT, Registration, STACK, startFakeEngine } from "./fakeEngine";
import { launchProvider, PLUGIN_DIR, RunningProvider } from "./launchProvider";

type Schema = {
  name: string;
  version: string;
  resources: Record<string, any>;
  types: Record<string, any>;
  dependencies: { name: string; version: string }[];
};

function call<Req, Res>(
  fn: (req: Req, cb: (err: Error | null, res: Res) => void) => unknown,
  req: Req,
): Promise<Res> {
  return new Promise((resolve, reject) =>
    fn(req, (err, res) => (err ? reject(err) : resolve(res))),
  );
}

/** Every `$ref` anywhere below `value`. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      k === "$ref" && typeof v === "string" ? [v] : refs(v),
    );
  }
  return [];
}

/**
 * The classes `components/index.ts` exports (its capitalised value exports), read from the
 * source so that this process need not load the components: the provider process does.
 */
function publicClasses(): string[] {
  const index = fs.readFileSync(path.join(PLUGIN_DIR, "../components/index.ts"), "utf8");
  return [...index.matchAll(/^export \{ ([A-Z]\w*) \} from /gm)].map((m) => m[1]).sort();
}

const token = (component: string) => `ailz:index:${component}`;

/** The values a literal union's description lists ("One of: `a`, `b`."), sorted. */
function choices(description: string): string[] {
  const list = /One of: (.*)\.$/.exec(description)?.[1] ?? "";
  return [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
}

/** A fenced block of the README's section on other languages. */
function readmeSnippet(language: "python" | "yaml"): string {
  const readme = fs.readFileSync(path.join(PLUGIN_DIR, "../README.md"), "utf8");
  const section = readme.split("## Using the components from Python")[1].split("\n## ")[0];
  const block = new RegExp("```" + language + "\n([\\s\\S]*?)```").exec(section);
  assert.ok(block, `the README shows a ${language} snippet`);
  return block[1];
}

/** Every property name below a schema property or type, following `$ref`s within the schema. */
function propertyNames(schema: Schema, properties: Record<string, any>, seen = new Set<string>()) {
  const names = new Set(Object.keys(properties));
  const refsBelow = refs(properties).filter((r) => r.startsWith("#/types/"));
  for (const ref of refsBelow) {
    const name = ref.slice("#/types/".length);
    if (seen.has(name)) continue;
    seen.add(name);
    for (const n of propertyNames(schema, schema.types[name].properties ?? {}, seen)) names.add(n);
  }
  return names;
}

/** Checks a YAML program's properties against the schema, following object types. */
function checkYamlProperties(schema: Schema, where: string, value: any, properties: any): void {
  for (const [key, v] of Object.entries<any>(value)) {
    const prop = properties[key];
    assert.ok(prop, `${where}.${key} is in the schema`);
    const item = prop.items ?? prop;
    const type = item.$ref?.startsWith("#/types/")
      ? schema.types[item.$ref.slice("#/types/".length)]
      : undefined;
    if (!type) continue;
    for (const element of prop.items ? v : [v]) {
      checkYamlProperties(schema, `${where}.${key}`, element, type.properties);
    }
  }
}

// One provider process per file: it loads every component, and inferring the schema builds a
// TypeScript program over them and their azure-native typings (seconds each).
describe("component provider", function () {
  this.timeout(300_000);
  let engine: FakeEngine;
  let provider: RunningProvider;
  let schema: Schema;

  before(async () => {
    engine = await startFakeEngine();
    provider = await launchProvider(engine.address);
    const res = await call<proto.GetSchemaRequest, proto.GetSchemaResponse>(
      provider.client.getSchema.bind(provider.client),
      new proto.GetSchemaRequest().setVersion(0),
    );
    schema = JSON.parse(res.getSchema());
  });

  after(async () => {
    provider?.client.close();
    provider?.stop();
    await engine?.stop();
  });

  describe("GetSchema", () => {
    it("is the `ailz` package at the library's version", () => {
      const root = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, "../package.json"), "utf8"));
      const plugin = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, "package.json"), "utf8"));
      assert.strictEqual(schema.name, "ailz");
      assert.strictEqual(schema.version, root.version);
      assert.strictEqual(plugin.version, root.version, "provider/package.json version");
    });

    it("lists every public component; EndpointTraffic, a dynamic resource, is left out", () => {
      const classes = publicClasses();
      assert.strictEqual(classes.length, 29);
      assert.deepStrictEqual(Object.keys(NOT_IN_SCHEMA), ["EndpointTraffic"]);
      const served = classes.filter((c) => !(c in NOT_IN_SCHEMA));
      assert.deepStrictEqual(Object.keys(schema.resources).sort(), served.map(token));
    });

    it("gives every component typed inputs and outputs", () => {
      const resources = Object.entries(schema.resources);
      assert.strictEqual(resources.length, 28);
      for (const [tok, r] of resources) {
        assert.strictEqual(r.isComponent, true, tok);
        assert.ok(Object.keys(r.inputProperties).length > 0, `${tok} has inputs`);
        assert.ok(Object.keys(r.properties).length > 0, `${tok} has outputs`);
        for (const [name, p] of Object.entries<any>({ ...r.inputProperties, ...r.properties })) {
          assert.ok(p.type || p.$ref || p.oneOf, `${tok}.${name} has a type`);
        }
      }
    });

    it("defines every type it refers to", () => {
      const all = refs({ resources: schema.resources, types: schema.types });
      assert.ok(all.length > 100);
      for (const ref of all) {
        if (ref.startsWith("#/types/")) {
          assert.ok(schema.types[ref.slice("#/types/".length)], `${ref} is defined`);
        } else if (ref.startsWith("/azure-native/")) {
          const version = ref.split("/")[2].slice(1);
          assert.ok(
            schema.dependencies.some((d) => d.name === "azure-native" && d.version === version),
            `${ref}: azure-native ${version} is a dependency`,
          );
        } else {
          assert.match(ref, /^pulumi\.json#\/(Any|Archive|Asset)$/);
        }
      }
    });

    it("types KeyVault's inputs and outputs, Inputs as such and the rest plain", () => {
      const kv = schema.resources[token("KeyVault")];
      assert.deepStrictEqual(kv.requiredInputs, [
        "diagnosticSettings",
        "privateEndpoint",
        "resourceGroupName",
      ]);
      assert.strictEqual(kv.inputProperties.resourceGroupName.type, "string");
      assert.strictEqual(kv.inputProperties.resourceGroupName.plain, undefined);
      const access = kv.inputProperties.publicNetworkAccess;
      assert.deepStrictEqual([access.type, access.plain, access.optional], ["string", true, true]);
      assert.deepStrictEqual(choices(access.description), ["Disabled", "Enabled"]);
      assert.strictEqual(
        kv.inputProperties.privateEndpoint.$ref,
        "#/types/ailz:index:PrivateEndpointArgs",
      );
      assert.deepStrictEqual(kv.required, [
        "name",
        "privateEndpoints",
        "resourceId",
        "skuName",
        "vaultUri",
      ]);
      assert.strictEqual(kv.properties.vaultUri.type, "string");
    });

    it("types CmkStorageAccount's key and EncryptionKey's sizes", () => {
      const storage = schema.resources[token("CmkStorageAccount")];
      assert.ok(storage.requiredInputs.includes("customerManagedKey"));
      assert.strictEqual(
        storage.inputProperties.customerManagedKey.$ref,
        "#/types/ailz:index:CustomerManagedKeyArgs",
      );
      assert.strictEqual(storage.inputProperties.allowSharedKeyAccess.type, "boolean");
      const keySize = schema.resources[token("EncryptionKey")].inputProperties.keySize;
      assert.strictEqual(keySize.type, "integer");
      assert.deepStrictEqual(choices(keySize.description), ["2048", "3072", "4096"]);
    });

    it("takes any value for a pack config entry, a level or parameters by name", () => {
      const owners = Object.values<any>(schema.types).filter((t) => t.properties?.policyConfig);
      assert.strictEqual(owners.length, 1);
      assert.strictEqual(owners[0].properties.policyConfig.type, "object");
      assert.deepStrictEqual(owners[0].properties.policyConfig.additionalProperties, {
        $ref: "pulumi.json#/Any",
        plain: true,
      });
    });

    it("merges a discriminated union into one object type", () => {
      const rule = schema.types["ailz:index:MlOutboundRule"];
      assert.deepStrictEqual(rule.required, ["type"]);
      assert.deepStrictEqual(choices(rule.properties.type.description), [
        "FQDN",
        "PrivateEndpoint",
        "ServiceTag",
      ]);
      assert.deepStrictEqual(Object.keys(rule.properties).sort(), [
        "destination",
        "portRanges",
        "protocol",
        "serviceResourceId",
        "serviceTag",
        "sparkEnabled",
        "subresourceTarget",
        "type",
      ]);
    });

    it("keeps plain data only: no traffic provider object, a typed endpoint resource", () => {
      const blueGreen = schema.resources[token("BlueGreenDeployment")];
      assert.strictEqual(blueGreen.inputProperties.trafficProvider, undefined);
      assert.strictEqual(
        blueGreen.inputProperties.endpoint.$ref,
        "#/types/ailz:index:OnlineEndpointTarget",
      );
      const target = schema.types["ailz:index:OnlineEndpointTarget"];
      assert.match(
        target.properties.resource.$ref,
        /^\/azure-native\/v[^/]+\/schema\.json#\/resources\/azure-native:machinelearningservices:OnlineEndpoint$/,
      );
    });

    it("gives a child component among the outputs as its URN", () => {
      const zone = schema.resources[token("AiLandingZone")];
      assert.strictEqual(zone.properties.network.type, "string");
      assert.match(zone.properties.network.description, /URN of the child `LandingZoneNetwork`/);
    });
  });

  describe("the README's snippets for other languages", () => {
    it("uses the schema's type token and property names in YAML", () => {
      const program = yaml.load(readmeSnippet("yaml")) as any;
      const resources = Object.values<any>(program.resources);
      assert.strictEqual(resources.length, 1);
      const [vault] = resources;
      const kv = schema.resources[vault.type];
      assert.ok(kv, `${vault.type} is in the schema`);
      assert.deepStrictEqual(
        kv.requiredInputs.filter((n: string) => !(n in vault.properties)),
        [],
        "every required input is set",
      );
      checkYamlProperties(schema, vault.type, vault.properties, kv.inputProperties);
      assert.ok(kv.properties.vaultUri, "the vaultUri output exists");
      assert.match(program.outputs.vaultUri, /^\$\{vault\.vaultUri\}$/);
    });

    it("uses the schema's names, snake-cased, in Python", () => {
      const snippet = readmeSnippet("python");
      assert.match(snippet, /^import pulumi_ailz as ailz$/m);
      assert.match(snippet, /ailz\.KeyVault\(/);
      const kv = schema.resources[token("KeyVault")];
      const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      const used = [
        ...[...snippet.matchAll(/^\s+(\w+)=/gm)].map((m) => m[1]),
        ...[...snippet.matchAll(/"([a-z_]+)":/g)].map((m) => m[1]),
      ];
      assert.strictEqual(used.length, 6);
      const names = propertyNames(schema, kv.inputProperties);
      for (const name of used) assert.ok(names.has(camel(name)), `${name} is in the schema`);
      const output = /vault\.(\w+)\)/.exec(snippet)![1];
      assert.ok(kv.properties[camel(output)], `${output} is an output`);
    });
  });

  describe("Construct KeyVault", () => {
    let registrations: Registration[];
    let state: Record<string, any>;
    let urn: string;

    before(async () => {
      const inputs = {
        resourceGroupName: rg,
        privateEndpoint: privateEndpointWithZones("privatelink.vaultcore.azure.net"),
        diagnosticSettings: diagnostics,
      };
      const req = new proto.ConstructRequest()
        .setProject(PROJECT)
        .setStack(STACK)
        .setOrganization("organization")
        .setDryrun(true)
        .setParallel(4)
        .setMonitorendpoint(engine.address)
        .setType(token("KeyVault"))
        .setName("kv")
        .setInputs(Struct.fromJavaScript(inputs));
      const res = await call<proto.ConstructRequest, proto.ConstructResponse>(
        provider.client.construct.bind(provider.client),
        req,
      );
      urn = res.getUrn();
      state = (res.getState()?.toJavaScript() ?? {}) as Record<string, any>;
      registrations = engine.registrations;
    });

    const one = (type: string) => {
      const found = registrations.filter((r) => r.type === type);
      assert.strictEqual(found.length, 1, `one ${type}`);
      return found[0];
    };

    it("registers the component and exactly its children, logging no error", () => {
      assert.deepStrictEqual(engine.errors, []);
      assert.strictEqual(urn, `urn:pulumi:${STACK}::${PROJECT}::ailz:security:KeyVault::kv`);
      assert.deepStrictEqual(registrations.map((r) => r.type).sort(), [
        "ailz:security:KeyVault",
        "azure-native:keyvault:Vault",
        "azure-native:monitor:DiagnosticSetting",
        "azure-native:network:PrivateDnsZoneGroup",
        "azure-native:network:PrivateEndpoint",
      ]);
      assert.strictEqual(one("ailz:security:KeyVault").custom, false);
    });

    it("registers the vault RBAC-only, purge-protected and private", () => {
      const vault = one("azure-native:keyvault:Vault");
      assert.deepStrictEqual(vault.inputs.properties, {
        tenantId: FAKE_TENANT_ID,
        sku: { family: "A", name: "premium" },
        enableRbacAuthorization: true,
        enablePurgeProtection: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        publicNetworkAccess: "Disabled",
        networkAcls: {
          defaultAction: "Deny",
          bypass: "AzureServices",
          ipRules: [],
          virtualNetworkRules: [],
        },
        enabledForDeployment: false,
        enabledForDiskEncryption: false,
        enabledForTemplateDeployment: false,
      });
      assert.strictEqual(vault.inputs.resourceGroupName, rg);
    });

    it("registers the private endpoint in the vault group and the audit logs", () => {
      const pe = one("azure-native:network:PrivateEndpoint");
      assert.strictEqual(pe.inputs.subnet.id, ids.subnet);
      assert.deepStrictEqual(
        pe.inputs.privateLinkServiceConnections.map((c: any) => c.groupIds),
        [["vault"]],
      );
      const logs = one("azure-native:monitor:DiagnosticSetting");
      assert.strictEqual(logs.inputs.workspaceId, ids.workspace);
    });

    it("returns the component's outputs", () => {
      assert.strictEqual(state.skuName, "premium");
      assert.match(state.vaultUri, /^https:\/\/kv-kv-[0-9a-f]{6}\.vault\.azure\.net\/$/);
    });
  });
});
