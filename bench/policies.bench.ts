/**
 * Policy pack benchmark (results go to docs/policies.md; never a timed test):
 * 1. start-up: `run-policy-pack` launched as the engine launches it, until the port is printed;
 * 2. per-resource analysis: the SDK's own analyze handler over the whole pack, in-process, fed
 *    protobuf requests like the engine sends (deserialization and the unknown proxy included);
 * 3. one stack analysis over a 200-resource stack, for scale.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ENGINE_ADDRESS_PLACEHOLDER, runPolicyPackEntry } from "../cli/analyzer/launch";
import { UNKNOWN } from "../cli/simulator/capture";
import { T, TYPE_GROUPS } from "../policies/lib";
import { allPolicies } from "../policies/rules";

// Internal SDK entry points (typings stripped), as the SDK's own server specs use them.
/* eslint-disable @typescript-eslint/no-require-imports */
const server = require("@pulumi/policy/server");
const analyzerpb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
// What `policies/bootstrap.js` installs before the pack loads.
require("../policies/structMemo").memoizeStructs();
/* eslint-enable @typescript-eslint/no-require-imports */

const POLICIES_DIR = path.resolve(__dirname, "../policies");
const RUN_POLICY_PACK = runPolicyPackEntry(POLICIES_DIR);
const STARTS = Number(process.env.POLICY_BENCH_STARTS ?? 5);
const ROUNDS = Number(process.env.POLICY_BENCH_ROUNDS ?? 300);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** CPU milliseconds (user + system) a live process has used so far; Linux only. */
function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 Hz).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Wall and CPU milliseconds from spawning the pack to its port on stdout. */
function startOnce(): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [RUN_POLICY_PACK, ENGINE_ADDRESS_PLACEHOLDER, "."], {
      cwd: POLICIES_DIR,
    });
    child.stdout.once("data", () => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ wall, cpu: cpuMs(child.pid ?? -1) });
      child.kill();
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("exit", (code) => code !== null && code !== 0 && reject(new Error(stderr)));
  });
}

/** Representative resources: the types the pack inspects, with preview unknowns, plus others. */
const RESOURCES: [string, Record<string, unknown>][] = [
  [
    T.storageAccount,
    {
      resourceGroupName: "rg",
      kind: "StorageV2",
      sku: { name: "Standard_ZRS" },
      minimumTlsVersion: "TLS1_2",
      publicNetworkAccess: "Disabled",
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      encryption: UNKNOWN,
      tags: { "cost-center": "cc", owner: "o", environment: "dev", workload: "w" },
    },
  ],
  [T.blobContainer, { accountName: "st", resourceGroupName: "rg", publicAccess: "None" }],
  [
    T.vault,
    {
      resourceGroupName: "rg",
      properties: {
        tenantId: "t",
        sku: { family: "A", name: "standard" },
        enableRbacAuthorization: true,
        enablePurgeProtection: true,
        publicNetworkAccess: "Disabled",
      },
      tags: { owner: "o" },
    },
  ],
  [T.key, { resourceGroupName: "rg", vaultName: "kv", properties: { kty: "RSA", keySize: 2048 } }],
  [
    TYPE_GROUPS.diagnosticSetting[0],
    {
      resourceUri: UNKNOWN,
      workspaceId: UNKNOWN,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
    },
  ],
  [
    T.privateEndpoint,
    {
      resourceGroupName: "rg",
      subnet: UNKNOWN,
      privateLinkServiceConnections: [
        { name: "c", privateLinkServiceId: UNKNOWN, groupIds: ["vault"] },
      ],
    },
  ],
  [
    T.aiAccount,
    {
      resourceGroupName: "rg",
      kind: "OpenAI",
      sku: { name: "S0" },
      properties: { publicNetworkAccess: "Disabled", disableLocalAuth: true },
    },
  ],
  [
    T.mlWorkspace,
    {
      resourceGroupName: "rg",
      publicNetworkAccess: "Disabled",
      storageAccount: UNKNOWN,
      keyVault: UNKNOWN,
    },
  ],
  [
    T.managedCluster,
    {
      resourceGroupName: "rg",
      agentPoolProfiles: [
        {
          name: "system",
          mode: "System",
          count: 3,
          vmSize: "Standard_D4s_v5",
          availabilityZones: ["1", "2", "3"],
        },
      ],
      networkProfile: UNKNOWN,
    },
  ],
  ["azure-native:resources:ResourceGroup", { location: "swedencentral", tags: { owner: "o" } }],
  ["random:index/randomString:RandomString", { length: 8 }],
];

function request(type: string, name: string, props: Record<string, unknown>) {
  const req = new analyzerpb.AnalyzeRequest();
  req.setType(type);
  req.setName(name);
  req.setUrn(`urn:pulumi:dev::lz::${type}::${name}`);
  req.setProperties(Struct.fromJavaScript(props));
  req.setOptions(new analyzerpb.AnalyzerResourceOptions());
  return req;
}

let lastDiagnostics = 0;

/**
 * One handler call, timed. The request is decoded from `bytes` first, untimed, as the gRPC server
 * does: each call gets a fresh message, as each engine call does (the pack's Struct memo lasts
 * one request).
 */
function analyzeOnce(analyze: any, bytes: Uint8Array, decode: (b: Uint8Array) => unknown) {
  const req = decode(bytes);
  return new Promise<number>((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    analyze({ request: req }, (err: unknown, resp: any) => {
      if (err) reject(err);
      else {
        resolve(Number(process.hrtime.bigint() - t0) / 1e6);
        lastDiagnostics = resp.getDiagnosticsList().length;
      }
    });
  });
}

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(`pack: ${allPolicies.length} policies`);

  const starts: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const { wall, cpu } = await startOnce();
    starts.push(wall);
    cpus.push(cpu);
  }
  console.log(
    `start-up (run-policy-pack to port), ${STARTS} runs: median ${median(starts).toFixed(0)} ms, min ${Math.min(...starts).toFixed(0)} ms; CPU time median ${median(cpus).toFixed(0)} ms`,
  );

  const analyze = server.makeAnalyzeRpcFun("ai-landing-zone-waf", "0.1.0", "advisory", allPolicies);
  const requests: Uint8Array[] = RESOURCES.map(([type, props], i) =>
    request(type, `r${i}`, props).serializeBinary(),
  );
  const decodeRequest = (b: Uint8Array) => analyzerpb.AnalyzeRequest.deserializeBinary(b);
  const found: string[] = [];
  for (const [i, req] of requests.entries()) {
    await analyzeOnce(analyze, req, decodeRequest); // warm-up, and proof that the pack ran
    found.push(`${RESOURCES[i][0].split(":").pop()}=${lastDiagnostics}`);
  }
  console.log(`diagnostics per sample resource: ${found.join(" ")}`);
  const times: number[] = [];
  const byType: number[][] = requests.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, req] of requests.entries()) {
      const t = await analyzeOnce(analyze, req, decodeRequest);
      times.push(t);
      byType[i].push(t);
    }
  }
  const perType = byType.map(
    (ts, i) => `${RESOURCES[i][0].split(":").pop()}=${median(ts).toFixed(3)}`,
  );
  console.log(`median ms per sample resource: ${perType.join(" ")}`);
  console.log(
    `analyze one resource against the whole pack, ${times.length} calls: median ${median(times).toFixed(3)} ms, p95 ${pct(times, 0.95).toFixed(3)} ms`,
  );

  const analyzeStack = server.makeAnalyzeStackRpcFun(
    "ai-landing-zone-waf",
    "0.1.0",
    "advisory",
    allPolicies,
  );
  const stackReq = new analyzerpb.AnalyzeStackRequest();
  stackReq.setResourcesList(
    Array.from({ length: 200 }, (_, i) => {
      const [type, props] = RESOURCES[i % RESOURCES.length];
      const r = new analyzerpb.AnalyzerResource();
      r.setType(type);
      r.setName(`r${i}`);
      r.setUrn(`urn:pulumi:dev::lz::${type}::r${i}`);
      r.setProperties(Struct.fromJavaScript(props));
      r.setOptions(new analyzerpb.AnalyzerResourceOptions());
      return r;
    }),
  );
  const stackBytes: Uint8Array = stackReq.serializeBinary();
  const decodeStack = (b: Uint8Array) => analyzerpb.AnalyzeStackRequest.deserializeBinary(b);
  const stackTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    stackTimes.push(await analyzeOnce(analyzeStack, stackBytes, decodeStack));
  }
  console.log(
    `analyze a 200-resource stack (stack policies), 20 runs: median ${median(stackTimes).toFixed(1)} ms`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
