#!/usr/bin/env node
import { main } from "./main";

/** Exits once stdout and stderr have drained: a report piped to another program can be large. */
function exitAfterFlush(code: number): void {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

// Exit explicitly: the program under test may leave timers or sockets open.
main(process.argv.slice(2)).then(exitAfterFlush, (err) => {
  process.stderr.write(`ailz: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
  exitAfterFlush(2);
});
