/**
 * `ailz preview` benchmark (results go to docs/gate.md; never a timed test):
 * 1. the reference landing zone previewed with the policy pack vs with --no-policies (whole CLI
 *    runs, wall time, median of several);
 * 2. 2,000 synthetic resources analyzed by the pack over gRPC, program run excluded;
 * 3. peak memory of the gate process and of the pack process;
 * 4. end-to-end previews of stacks of about 1,000, 2,000 and 4,000 resources (`bench/stacks.ts`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { evaluatePack } from "../cli/analyzer/evaluate";
import { launchPack } from "../cli/analyzer/launch";
import type { Project } from "../cli/project";
import { checkedInputs } from "../cli/simulator/azureMocks";
import { CapturedResource, engineUrn, UNKNOWN } from "../cli/simulator/capture";
import { AZURE_NATIVE_PROVIDER_TYPE, STACK_TYPE } from "../cli/simulator/constants";
import { defaultProviderName, noOptions } from "../cli/simulator/defaultProviders";
import { buildCli, runStack, StackRun } from "./stacks";

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.GATE_BENCH_RUNS ?? 5);
/** The synthetic analysis varies by several tenths of a second from run to run: take more. */
const SYNTHETIC_RUNS = Number(process.env.GATE_BENCH_SYNTHETIC_RUNS ?? 7);
const SYNTHETIC = 2000;
/** The azure-native version the synthetic resources claim, which names their default provider. */
const VERSION = "3.28.0";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The root project when it exists; the compliant fixture stack otherwise. */
function referenceProject(): string {
  return fs.existsSync(path.join(ROOT, "Pulumi.yaml"))
    ? "."
    : path.join("test", "fixtures", "gate", "compliant");
}

/** The project's pack when it exists; the fixture pack otherwise. */
function packDir(): string {
  return fs.existsSync(path.join(ROOT, "policies", "PulumiPolicy.yaml"))
    ? "policies"
    : path.join("test", "fixtures", "gate", "pack");
}

function timeCli(args: string[]): { ms: number; code: number | null; stdout: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "cli/bin.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status === 2) throw new Error(`ailz ${args.join(" ")} failed:\n${run.stderr}`);
  return { ms, code: run.status, stdout: run.stdout };
}

function benchReference(project: string, pack: string): void {
  const withPack: number[] = [];
  const without: number[] = [];
  // Alternate the two so drift in machine load hits both alike; the first pair warms the disk cache.
  const first = JSON.parse(
    timeCli(["preview", project, "--policy-pack", pack, "--format", "json"]).stdout,
  );
  for (let i = 0; i < RUNS; i++) {
    withPack.push(timeCli(["preview", project, "--policy-pack", pack, "--format", "json"]).ms);
    without.push(timeCli(["preview", project, "--no-policies", "--format", "json"]).ms);
  }
  const a = median(withPack);
  const b = median(without);
  console.log(
    `reference zone (${project}: ${first.summary.resources} resources; pack ${pack}: ${first.policies.length} policies), ${RUNS} runs each:`,
  );
  console.log(`  with pack     median ${(a / 1000).toFixed(2)} s`);
  console.log(`  --no-policies median ${(b / 1000).toFixed(2)} s`);
  console.log(`  ratio ${(a / b).toFixed(2)} (target <= 1.5)`);
}

/** A mix of AI landing zone resources with realistic inputs, some insecure, some unknown. */
export function syntheticResources(project: Project, count: number): CapturedResource[] {
  const stackUrn = engineUrn(
    project.stack,
    project.name,
    "",
    STACK_TYPE,
    `${project.name}-${project.stack}`,
  );
  const provider = engineUrn(
    project.stack,
    project.name,
    "",
    AZURE_NATIVE_PROVIDER_TYPE,
    defaultProviderName(VERSION),
  );
  const options = noOptions();
  const base = (
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    parent = stackUrn,
  ): CapturedResource => {
    const checked = checkedInputs(type, name, inputs);
    return {
      urn: engineUrn(project.stack, project.name, parent, type, name),
      type,
      name,
      custom: true,
      parent,
      inputs: checked,
      outputs: checked,
      dependencies: [],
      propertyDependencies: {},
      providerUrn: provider,
      version: VERSION,
      options,
    };
  };
  const out: CapturedResource[] = [
    {
      ...base(STACK_TYPE, `${project.name}-${project.stack}`, {}, ""),
      custom: false,
      providerUrn: "",
    },
    {
      ...base(AZURE_NATIVE_PROVIDER_TYPE, defaultProviderName(VERSION), { version: VERSION }, ""),
      providerUrn: "",
    },
  ];
  const tags = { workload: "bench", owner: "platform", "cost-center": "cc-1", environment: "dev" };
  const makers = [
    (i: number) =>
      base("azure-native:storage:StorageAccount", `st${i}`, {
        resourceGroupName: "rg-bench",
        kind: "StorageV2",
        sku: { name: i % 2 ? "Standard_ZRS" : "Standard_LRS" },
        tags,
        enableHttpsTrafficOnly: i % 5 !== 0,
        allowBlobPublicAccess: false,
        minimumTlsVersion: "TLS1_2",
        publicNetworkAccess: "Disabled",
        encryption:
          i % 3
            ? {
                keySource: "Microsoft.Keyvault",
                keyVaultProperties: {
                  keyName: "cmk",
                  keyVaultUri: `https://kv${i}.vault.azure.net/`,
                },
              }
            : UNKNOWN,
      }),
    (i: number) =>
      base("azure-native:keyvault:Vault", `kv${i}`, {
        resourceGroupName: "rg-bench",
        tags,
        properties: {
          tenantId: "t",
          sku: { family: "A", name: "standard" },
          enablePurgeProtection: i % 4 !== 0,
          enableRbacAuthorization: true,
          publicNetworkAccess: "Disabled",
        },
      }),
    (i: number) =>
      base("azure-native:cognitiveservices:Account", `ai${i}`, {
        resourceGroupName: "rg-bench",
        kind: "OpenAI",
        sku: { name: "S0" },
        tags,
        properties: {
          disableLocalAuth: i % 2 === 0,
          publicNetworkAccess: "Disabled",
          customSubDomainName: `ai${i}`,
        },
      }),
    (i: number) =>
      base("azure-native:network:PrivateEndpoint", `pe${i}`, {
        resourceGroupName: "rg-bench",
        subnet: {
          id: "/subscriptions/s/resourceGroups/rg-bench/providers/Microsoft.Network/virtualNetworks/v/subnets/pe",
        },
        privateLinkServiceConnections: [
          {
            name: "blob",
            privateLinkServiceId: `/subscriptions/s/resourceGroups/rg-bench/providers/Microsoft.Storage/storageAccounts/st${i}`,
            groupIds: ["blob"],
          },
        ],
      }),
  ];
  for (let i = 0; out.length < count; i++) out.push(makers[i % makers.length](i));
  return out;
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function packPeakKiB(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function benchSynthetic(pack: string): Promise<void> {
  const project: Project = {
    dir: ROOT,
    name: "bench",
    main: "index.ts",
    stack: "dev",
    config: {},
    secretKeys: [],
    tags: {},
  };
  const resources = syntheticResources(project, SYNTHETIC);
  const times: number[] = [];
  let peakPack = 0;
  let found = 0;
  const gateCpu: number[] = [];
  const packCpus: number[] = [];
  for (let i = 0; i < SYNTHETIC_RUNS; i++) {
    const running = await launchPack(
      path.join(ROOT, pack),
      { PULUMI_NODEJS_PROJECT: "bench", PULUMI_NODEJS_STACK: "dev", PULUMI_NODEJS_DRY_RUN: "true" },
      false,
    );
    try {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      const packCpu = cpuSeconds(running.child.pid);
      const result = await evaluatePack(running, resources, project, true, undefined);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      const used = process.cpuUsage(cpu);
      gateCpu.push((used.user + used.system) / 1e6);
      packCpus.push(cpuSeconds(running.child.pid) - packCpu);
      found = result.diagnostics.length;
      peakPack = Math.max(peakPack, packPeakKiB(running.child.pid));
    } finally {
      running.stop();
    }
  }
  const gatePeak = process.resourceUsage().maxRSS;
  console.log(
    `${SYNTHETIC} synthetic resources, pack ${pack}, ${times.length} runs (pack start-up excluded):`,
  );
  console.log(
    `  analyze (GetAnalyzerInfo..AnalyzeStack) median ${(median(times) / 1000).toFixed(2)} s (target <= 5 s), range ${(Math.min(...times) / 1000).toFixed(2)}-${(Math.max(...times) / 1000).toFixed(2)} s; ${found} diagnostics`,
  );
  console.log(
    `  CPU during analysis: gate ${median(gateCpu).toFixed(2)} s, pack ${median(packCpus).toFixed(2)} s`,
  );
  console.log(
    `  peak memory: gate ${(gatePeak / 1024).toFixed(0)} MiB, pack ${(peakPack / 1024).toFixed(0)} MiB (target < 1024 MiB each)`,
  );
}

/** Zones per stack: about 1,000, 2,000 and 4,000 resources (98 per zone). */
const STACK_ZONES = [10, 20, 40];
const STACK_RUNS = Number(process.env.GATE_BENCH_STACK_RUNS ?? 3);

async function benchStacks(): Promise<void> {
  buildCli();
  console.log(
    `stacks of N reference zones, built CLI, ${STACK_RUNS} runs each with the pack and with --no-policies:`,
  );
  const medians = new Map<number, number>();
  for (const zones of STACK_ZONES) {
    const withPack: StackRun[] = [];
    const without: StackRun[] = [];
    // Alternate the two so drift in machine load hits both alike; the first run warms caches.
    await runStack(zones, true);
    for (let i = 0; i < STACK_RUNS; i++) {
      withPack.push(await runStack(zones, true));
      without.push(await runStack(zones, false));
    }
    const a = median(withPack.map((r) => r.ms));
    const b = median(without.map((r) => r.ms));
    medians.set(zones, a);
    const gate = Math.max(
      ...withPack.map((r) => r.gatePeakMiB),
      ...without.map((r) => r.gatePeakMiB),
    );
    const pack = Math.max(...withPack.map((r) => r.packPeakMiB));
    console.log(
      `  ${withPack[0].resources} resources (${zones} zones, ${withPack[0].mandatory} mandatory): with pack ${(a / 1000).toFixed(2)} s, --no-policies ${(b / 1000).toFixed(2)} s, ratio ${(a / b).toFixed(2)} (target <= 1.2); peak memory gate ${gate.toFixed(0)} MiB, pack ${pack.toFixed(0)} MiB (target <= 1024 MiB each)`,
    );
  }
  const [, two, four] = STACK_ZONES.map((z) => medians.get(z) as number);
  console.log(
    `  2,000-resource stack with the pack: ${(two / 1000).toFixed(2)} s (target <= 6 s); 4,000 / 2,000: ${(four / two).toFixed(2)} (target <= 2.2)`,
  );
}

async function main(): Promise<void> {
  const pack = process.env.GATE_BENCH_PACK ?? packDir();
  const part = process.env.GATE_BENCH_PART;
  if (part === undefined || part === "stacks") await benchStacks();
  if (part === "stacks") return;
  if (part !== "synthetic") benchReference(referenceProject(), pack);
  await benchSynthetic(pack);
}

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
