import * as assert from "assert";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { Policy } from "@pulumi/policy";
import { T } from "../../../policies/lib";
import { aksEncryptionAtHost } from "../../../policies/rules/aks/encryptionAtHost";
import { privateEndpointDnsZoneGroup } from "../../../policies/rules/network/privateEndpointDnsZoneGroup";
import {
  encodeAnalyzeRequest,
  encodeAnalyzeStackRequest,
  encodeStackResource,
  ResourceFields,
} from "../../../cli/analyzer/wire";
import { urnOf } from "../../helpers/policyArgs";

// The SDK's analyzer handlers, which the published typings leave out.
type Handler = (
  call: { request: unknown },
  callback: (err: unknown, res: analyzer.AnalyzeResponse) => void,
) => Promise<void>;
type MakeHandler = (pack: string, version: string, level: string, policies: Policy[]) => Handler;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun: MakeHandler;
  makeAnalyzeStackRpcFun: MakeHandler;
};

function resource(type: string, name: string, properties: Record<string, unknown>): ResourceFields {
  return {
    type,
    name,
    urn: urnOf(type, name),
    properties,
    options: new analyzer.AnalyzerResourceOptions(),
  };
}

function call(handler: Handler, request: unknown): Promise<analyzer.AnalyzeResponse> {
  return new Promise((resolve, reject) => {
    void handler({ request }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

function notApplicable(res: analyzer.AnalyzeResponse): string[] {
  return res.getNotApplicableList().map((n) => `${n.getPolicyName()}: ${n.getReason()}`);
}

describe("the policy SDK's own analyzer handlers with this pack's rules", () => {
  describe("a stack rule with a subject", () => {
    const analyzeStack = server.makeAnalyzeStackRpcFun("waf", "0.1.0", "advisory", [
      privateEndpointDnsZoneGroup,
    ]);
    const stackRequest = (...resources: ResourceFields[]) =>
      analyzer.AnalyzeStackRequest.deserializeBinary(
        encodeAnalyzeStackRequest(
          resources.map((r) =>
            encodeStackResource({ ...r, parent: "", dependencies: [], propertyDependencies: {} }),
          ),
        ),
      );

    it("is skipped by the SDK as not applicable when the stack has none of its subject", async () => {
      const res = await call(analyzeStack, stackRequest(resource(T.vault, "kv", {})));
      assert.deepStrictEqual(res.getDiagnosticsList(), []);
      assert.deepStrictEqual(notApplicable(res), [
        `private-endpoint-dns-zone-group: Policy only applies to resources of type '${T.privateEndpoint}'`,
      ]);
    });

    it("runs when the stack has one", async () => {
      const res = await call(analyzeStack, stackRequest(resource(T.privateEndpoint, "pe", {})));
      assert.deepStrictEqual(notApplicable(res), []);
      assert.deepStrictEqual(
        res.getDiagnosticsList().map((d) => [d.getPolicyname(), d.getUrn()]),
        [["private-endpoint-dns-zone-group", urnOf(T.privateEndpoint, "pe")]],
      );
    });
  });

  describe("a rule over several types, for a resource of another type", () => {
    const analyze = server.makeAnalyzeRpcFun("waf", "0.1.0", "advisory", [aksEncryptionAtHost]);
    const request = (r: ResourceFields) =>
      analyzer.AnalyzeRequest.deserializeBinary(encodeAnalyzeRequest(r));

    it("is reported as not applicable, with the types it inspects", async () => {
      const res = await call(analyze, request(resource(T.vault, "kv", {})));
      assert.deepStrictEqual(res.getDiagnosticsList(), []);
      assert.deepStrictEqual(notApplicable(res), [
        `aks-encryption-at-host: Policy only applies to resources of type '${T.managedCluster},${T.agentPool}'`,
      ]);
    });

    it("leaves Error.stackTraceLimit as it found it", async () => {
      const before = Error.stackTraceLimit;
      await call(analyze, request(resource(T.vault, "kv", {})));
      assert.strictEqual(Error.stackTraceLimit, before);
    });

    it("still checks the types it inspects", async () => {
      const res = await call(
        analyze,
        request(resource(T.agentPool, "gpu", { enableEncryptionAtHost: false })),
      );
      assert.deepStrictEqual(notApplicable(res), []);
      assert.deepStrictEqual(
        res.getDiagnosticsList().map((d) => d.getPolicyname()),
        ["aks-encryption-at-host"],
      );
    });
  });
});
