/**
 * Runs every `bench/*.bench.ts` in its own Node process, one after another, so one benchmark's
 * heap and JIT state never colour another's figures. Each benchmark prints its own results.
 */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import * as path from "path";

const only = process.argv[2];
const benches = readdirSync(__dirname)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only === undefined || file.startsWith(only))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const run = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", path.join(__dirname, file)],
    {
      stdio: "inherit",
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
