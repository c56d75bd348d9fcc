import * as fs from "fs";
import * as path from "path";
import { parseArgs, USAGE } from "./args";
import { EXIT_FAILED, EXIT_OK, GateError } from "./errors";
import { missingDefaultPack, preview, writeReport } from "./preview";
import { Progress } from "./progress";
import { ProgramFailures } from "./simulator/programFailures";
import { verdictExitCode } from "./report/model";
import { render } from "./report/render";

function version(): string {
  // The CLI runs from cli/ (source) or dist/cli/ (built); package.json is above either.
  for (const up of ["..", "../.."]) {
    const file = path.join(__dirname, up, "package.json");
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")).version;
  }
  return "0.0.0";
}

function report(err: unknown, debug: boolean): void {
  if (err instanceof GateError) {
    process.stderr.write(`ailz: error: ${err.message}\n`);
    if (debug && err.inner instanceof Error && err.inner.stack)
      process.stderr.write(`${err.inner.stack}\n`);
    else if (debug) process.stderr.write(`${err.stack}\n`);
    return;
  }
  process.stderr.write(`ailz: error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
}

/**
 * Runs the CLI; resolves to the exit code. `failures` listens for errors the program raises
 * outside its own await chain; the CLI keeps it listening until the process exits, so a late
 * error is a failed program (exit 2), never a crash.
 */
export async function main(
  argv: string[],
  failures = new ProgramFailures().start(),
): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (command.kind === "version") {
      process.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    const options = command.options;
    debug = options.debug;
    const missing = missingDefaultPack(options);
    if (missing) throw missing;
    const progress = new Progress();
    try {
      const result = await preview(options, progress, { failures });
      for (const { format, output } of options.reports) {
        const color =
          output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
        writeReport(render(result, format, { color, version: version() }), output);
      }
      return verdictExitCode(result.report);
    } finally {
      progress.done();
    }
  } catch (err) {
    report(err, debug);
    return EXIT_FAILED;
  }
}
