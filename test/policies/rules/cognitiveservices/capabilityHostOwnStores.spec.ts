import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aiCapabilityHostOwnStores as rule } from "../../../../policies/rules/cognitiveservices/capabilityHostOwnStores";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const stores = () => ({
  storageConnections: ["agents-storage"],
  vectorStoreConnections: ["agents-search"],
  threadStorageConnections: ["agents-cosmos"],
});
const projectHost = (properties: object): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "aif-ai-prod",
  projectName: "support",
  capabilityHostName: "agents",
  projectCapabilityHostProperties: properties,
});
const accountHost = (properties: object): Record<string, any> => ({
  resourceGroupName: "rg-ai",
  accountName: "aif-ai-prod",
  capabilityHostName: "agents",
  capabilityHostProperties: properties,
});
const run = (type: string, props: object) => runResourcePolicy(rule, type, props);

describe("ai-capability-host-own-stores", () => {
  it("passes project and account hosts that name the three stores", () => {
    const result = run(T.aiProjectCapabilityHost, projectHost(stores()));
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    assert.deepStrictEqual(
      messages(
        run(T.aiAccountCapabilityHost, accountHost({ capabilityHostKind: "Agents", ...stores() })),
      ),
      [],
    );
  });

  it("reports a project host in the basic setup (no connections), as mandatory in production", () => {
    const result = runResourcePolicy(rule, T.aiProjectCapabilityHost, projectHost({}), {
      stackTags: { environment: "prod" },
    });
    assert.deepStrictEqual(messages(result), [
      "projectCapabilityHostProperties.storageConnections (files), projectCapabilityHostProperties.vectorStoreConnections (vector stores), projectCapabilityHostProperties.threadStorageConnections (threads) are empty, so agent data goes to Microsoft-managed storage; name the project's own connections.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports each store left out or empty", () => {
    for (const key of [
      "storageConnections",
      "vectorStoreConnections",
      "threadStorageConnections",
    ] as const) {
      const what = {
        storageConnections: "files",
        vectorStoreConnections: "vector stores",
        threadStorageConnections: "threads",
      }[key];
      const without: Record<string, unknown> = stores();
      delete without[key];
      assert.deepStrictEqual(messages(run(T.aiProjectCapabilityHost, projectHost(without))), [
        `projectCapabilityHostProperties.${key} (${what}) is empty, so agent data goes to Microsoft-managed storage; name the project's own connections.`,
      ]);
      assert.deepStrictEqual(
        messages(run(T.aiAccountCapabilityHost, accountHost({ ...stores(), [key]: [] }))),
        [
          `capabilityHostProperties.${key} (${what}) is empty, so agent data goes to Microsoft-managed storage; name the project's own connections.`,
        ],
      );
    }
  });

  it("reports an account host of kind Agents, or of no kind, without stores", () => {
    const message =
      "capabilityHostProperties.storageConnections (files), capabilityHostProperties.vectorStoreConnections (vector stores), capabilityHostProperties.threadStorageConnections (threads) are empty, so agent data goes to Microsoft-managed storage; name the project's own connections.";
    assert.deepStrictEqual(
      messages(run(T.aiAccountCapabilityHost, accountHost({ capabilityHostKind: "Agents" }))),
      [message],
    );
    assert.deepStrictEqual(
      messages(
        run(T.aiAccountCapabilityHost, accountHost({ customerSubnet: "/subscriptions/s/snet" })),
      ),
      [message],
    );
  });

  it("leaves a host of another kind alone (the API knows only Agents)", () => {
    assert.deepStrictEqual(
      messages(run(T.aiAccountCapabilityHost, accountHost({ capabilityHostKind: "Other" }))),
      [],
    );
  });

  it("is skipped at preview when a connection list is unknown", () => {
    const result = run(
      T.aiProjectCapabilityHost,
      projectHost({ ...stores(), threadStorageConnections: UNKNOWN }),
    );
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /threadStorageConnections can't be known during preview/);
  });
});
