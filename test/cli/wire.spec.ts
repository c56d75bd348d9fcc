import * as assert from "assert";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { UNKNOWN } from "../../cli/simulator/capture";
import {
  decodeAnalyzeDiagnostics,
  encodeAnalyzeRequest,
  encodeAnalyzeStackRequest,
  encodeStackResource,
  ResourceFields,
  StackResourceFields,
} from "../../cli/analyzer/wire";

const SECRET = {
  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
  value: "s3cr3t",
};

/** Property bags covering every Value kind, nesting, key order and awkward numbers. */
const BAGS: Record<string, unknown>[] = [
  {},
  { name: "st", enabled: true, disabled: false, count: 0, empty: "", nothing: null },
  { b: 1, a: 2, B: 3, aa: 4, "10": 5, "9": 6, "": 7, é: "ü", "emoji 🔒": "✓" },
  { n: [-1, 0.5, 1e21, -0, Number.MAX_SAFE_INTEGER, 3.14159], list: [], obj: {} },
  {
    properties: {
      publicNetworkAccess: "Disabled",
      encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: UNKNOWN } },
      ipRules: [{ value: "10.0.0.0/8" }, { value: UNKNOWN }],
      nested: [[1, [2, [3, null]]], { deep: { deeper: { deepest: [true] } } }],
    },
    password: SECRET,
    tags: { "cost-center": "cc-1", owner: "platform" },
  },
  { long: "x".repeat(70_000), many: Array.from({ length: 300 }, (_, i) => ({ i, s: `v${i}` })) },
];

function options(withDetails: boolean): analyzer.AnalyzerResourceOptions {
  const o = new analyzer.AnalyzerResourceOptions();
  if (!withDetails) return o;
  o.setProtect(true);
  o.setIgnorechangesList(["tags", "properties.sku"]);
  o.setDeletebeforereplace(true);
  o.setDeletebeforereplacedefined(true);
  o.setAdditionalsecretoutputsList(["primaryKey"]);
  o.setAliasesList(["urn:pulumi:dev::lz::old::name"]);
  const timeouts = new analyzer.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(60);
  timeouts.setUpdate(1.5);
  o.setCustomtimeouts(timeouts);
  o.setParent("urn:pulumi:dev::lz::pulumi:pulumi:Stack::lz-dev");
  return o;
}

function provider(): analyzer.AnalyzerProviderResource {
  const p = new analyzer.AnalyzerProviderResource();
  p.setType("pulumi:providers:azure-native");
  p.setName("default_3_28_0");
  p.setUrn("urn:pulumi:dev::lz::pulumi:providers:azure-native::default_3_28_0");
  p.setProperties(Struct.fromJavaScript({ version: "3.28.0" }));
  return p;
}

function fields(properties: Record<string, unknown>, i: number): ResourceFields {
  const type = "azure-native:storage:StorageAccount";
  return {
    type,
    name: i === 0 ? "" : `st${i}`,
    urn: i === 0 ? "" : `urn:pulumi:dev::lz::${type}::st${i}`,
    properties,
    options: options(i % 2 === 1),
    provider: i % 3 === 0 ? undefined : provider(),
  };
}

/** The fields `AnalyzeRequest` and `AnalyzerResource` share, set through the generated setters. */
function withResourceFields<M extends analyzer.AnalyzeRequest | analyzer.AnalyzerResource>(
  msg: M,
  r: ResourceFields,
): M {
  msg.setType(r.type);
  msg.setName(r.name);
  msg.setUrn(r.urn);
  msg.setProperties(Struct.fromJavaScript(r.properties as any));
  msg.setOptions(r.options);
  if (r.provider) msg.setProvider(r.provider);
  return msg;
}

const generatedAnalyzeRequest = (r: ResourceFields) =>
  withResourceFields(new analyzer.AnalyzeRequest(), r);

function stackFields(properties: Record<string, unknown>, i: number): StackResourceFields {
  return {
    ...fields(properties, i),
    parent: i === 0 ? "" : "urn:pulumi:dev::lz::pulumi:pulumi:Stack::lz-dev",
    dependencies: i % 2 ? ["urn:a", "urn:b"] : [],
    propertyDependencies: i % 2 ? { zeta: ["urn:z"], alpha: ["urn:a", "urn:b"], mid: [] } : {},
  };
}

function generatedStackResource(r: StackResourceFields): analyzer.AnalyzerResource {
  const msg = withResourceFields(new analyzer.AnalyzerResource(), r);
  msg.setParent(r.parent);
  msg.setDependenciesList([...r.dependencies]);
  for (const [key, urns] of Object.entries(r.propertyDependencies)) {
    const deps = new analyzer.AnalyzerPropertyDependencies();
    deps.setUrnsList([...urns]);
    msg.getPropertydependenciesMap().set(key, deps);
  }
  return msg;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("analyzer wire encoding", () => {
  it("writes AnalyzeRequest bytes identical to the generated serializer", () => {
    BAGS.forEach((bag, i) => {
      const r = fields(bag, i);
      assert.strictEqual(
        hex(encodeAnalyzeRequest(r)),
        hex(generatedAnalyzeRequest(r).serializeBinary()),
        `bag ${i}`,
      );
    });
  });

  it("round-trips the properties through the generated decoder", () => {
    const bag = BAGS[4];
    const decoded = analyzer.AnalyzeRequest.deserializeBinary(encodeAnalyzeRequest(fields(bag, 1)));
    assert.deepStrictEqual(decoded.getProperties()?.toJavaScript(), bag);
    assert.strictEqual(decoded.getOptions()?.getDeletebeforereplace(), true);
    assert.strictEqual(decoded.getProvider()?.getName(), "default_3_28_0");
  });

  it("writes AnalyzerResource and AnalyzeStackRequest bytes identical to the generated ones", () => {
    const ours = BAGS.map((bag, i) => encodeStackResource(stackFields(bag, i)));
    const generated = BAGS.map((bag, i) => generatedStackResource(stackFields(bag, i)));
    ours.forEach((bytes, i) =>
      assert.strictEqual(hex(bytes), hex(generated[i].serializeBinary()), `resource ${i}`),
    );
    const request = new analyzer.AnalyzeStackRequest();
    request.setResourcesList(generated);
    assert.strictEqual(hex(encodeAnalyzeStackRequest(ours)), hex(request.serializeBinary()));
  });

  it("refuses the values the generated encoder refuses", () => {
    for (const bad of [{ a: undefined }, { a: [1, undefined] }, { f: () => 1 }]) {
      assert.throws(() => Struct.fromJavaScript(bad as any), /^Error: Unexpected struct type\.$/);
      assert.throws(
        () => encodeAnalyzeRequest(fields(bad, 1)),
        /^Error: Unexpected struct type\.$/,
      );
    }
  });

  it("reads the diagnostics of an AnalyzeResponse and skips its not-applicable list", () => {
    const response = new analyzer.AnalyzeResponse();
    for (const name of ["storage-cmk", "required-tags"]) {
      const d = new analyzer.AnalyzeDiagnostic();
      d.setPolicyname(name);
      d.setPolicypackname("waf");
      d.setMessage(`${name} failed`);
      d.setUrn("urn:x");
      d.setEnforcementlevel(analyzer.EnforcementLevel.MANDATORY);
      d.setSeverity(analyzer.PolicySeverity.POLICY_SEVERITY_HIGH);
      response.addDiagnostics(d);
    }
    for (let i = 0; i < 50; i++) {
      const na = new analyzer.PolicyNotApplicable();
      na.setPolicyName(`p${i}`);
      na.setReason("Policy only applies to resources of type 'x'");
      response.addNotApplicable(na);
    }
    const diagnostics = decodeAnalyzeDiagnostics(response.serializeBinary());
    assert.deepStrictEqual(
      diagnostics.map((d) => d.toObject()),
      response.getDiagnosticsList().map((d) => d.toObject()),
    );
    assert.deepStrictEqual(decodeAnalyzeDiagnostics(new Uint8Array()), []);
  });
});
