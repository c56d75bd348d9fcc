import * as assert from "assert";
import * as path from "path";
import { GateError } from "../../cli/errors";
import { loadProject } from "../../cli/project";
import { ProgramFailures } from "../../cli/simulator/programFailures";
import { runProgram } from "../../cli/simulator/runProgram";
import { withoutMochaHandlers } from "../helpers/gateInProcess";
import { FIXTURES } from "./runCli";

const nextMacrotask = () => new Promise((resolve) => setImmediate(resolve));

describe("program failures outside the program's own await chain", () => {
  const project = loadProject(path.join(FIXTURES, "throws"), "dev", []);
  afterEach(() => delete require.cache[project.main]);

  it("a throwing body leaves rejected promises nobody awaits, reported a macrotask later", async () => {
    // The cause of the exit code 1 the gate used to give with packs loaded: Pulumi's root Stack
    // derives promises from its outputs, which reject with the program's error unobserved. Node
    // reports them after runProgram has returned; a listener removed by then lets Node crash.
    const late: unknown[] = [];
    await withoutMochaHandlers(async () => {
      const failures = new ProgramFailures().start();
      const err = await runProgram(project, true, { failures }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof GateError, String(err));
      assert.match(err.message, /workload name is not configured/);
      const spy = (e: unknown) => late.push(e);
      process.on("unhandledRejection", spy);
      await nextMacrotask();
      process.off("unhandledRejection", spy);
      failures.stop();
      assert.strictEqual(failures.firstFailure?.error, err.inner);
    });
    assert.ok(late.length > 0, "the late rejections exist");
    for (const e of late)
      assert.strictEqual((e as Error).message, "workload name is not configured");
  });

  it("keeps the first failure, resolves `failed` with it and stops listening on stop()", async () => {
    const events = ["unhandledRejection", "uncaughtException"] as const;
    const before = events.map((e) => process.listenerCount(e));
    const failures = new ProgramFailures().start();
    assert.deepStrictEqual(
      events.map((e) => process.listenerCount(e)),
      before.map((n) => n + 1),
    );
    const first = new Error("first");
    failures.record(first);
    failures.record(new Error("second"));
    assert.strictEqual(await failures.failed, first);
    assert.strictEqual(failures.firstFailure?.error, first);
    failures.stop();
    assert.deepStrictEqual(
      events.map((e) => process.listenerCount(e)),
      before,
    );
  });

  it("records an error thrown in an apply callback after the body returned", async () => {
    await withoutMochaHandlers(async () => {
      const failures = new ProgramFailures().start();
      // What a program's stray promise does: nobody awaits it.
      void Promise.reject(new Error("thrown in an apply callback"));
      await nextMacrotask();
      failures.stop();
      assert.strictEqual(
        (failures.firstFailure?.error as Error).message,
        "thrown in an apply callback",
      );
    });
  });
});
