#!/usr/bin/env node
import { main } from "./main";

// Exit explicitly: the program under test may leave timers or sockets open.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(
      `ailz: internal error: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
    process.exit(2);
  },
);
