/**
 * Starts the component provider the way the engine starts a source-based Node.js plugin: the
 * language host runs `node <@pulumi/pulumi/cmd/run-plugin> <plugin folder> <engine address>` from
 * the program's folder and reads the port the provider prints on stdout.
 */
import { ChildProcess, spawn } from "child_process";
import * as grpc from "@grpc/grpc-js";
import * as os from "os";
import * as path from "path";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";

export const PLUGIN_DIR = path.resolve(__dirname, "../../provider");

export interface RunningProvider {
  client: ResourceProviderClient;
  child: ChildProcess;
  stderr(): string;
  stop(): void;
}

export function launchProvider(engineAddress: string): Promise<RunningProvider> {
  const runPlugin = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [PLUGIN_DIR] });
  const child = spawn(process.execPath, [runPlugin, PLUGIN_DIR, engineAddress], {
    cwd: os.tmpdir(),
    // The sources, not a dist/ that may predate them (see provider/plugin.js).
    env: { ...process.env, AILZ_PROVIDER_FROM_SOURCE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  let out = "";
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the provider exited (${code}) before printing its port:\n${err}${out}`));
    child.once("exit", onExit);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /^\s*(\d+)\s*$/m.exec(out)?.[1];
      if (!port) return;
      child.removeListener("exit", onExit);
      const client = new ResourceProviderClient(
        `127.0.0.1:${port}`,
        grpc.credentials.createInsecure(),
        { "grpc.max_receive_message_length": 64 * 1024 * 1024 },
      );
      resolve({ client, child, stderr: () => err, stop });
    });
  });
}
