// Runs the npm scripts named on the command line at the same time (type-checking and linting
// are single-threaded; the machine has a core for each), prints each one's output when it ends,
// and fails when any of them fails.
const { spawn } = require("child_process");

const scripts = process.argv.slice(2);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn(npm, ["run", "-s", script], { stdio: ["ignore", "pipe", "pipe"] });
        const output = [];
        child.stdout.on("data", (d) => output.push(d));
        child.stderr.on("data", (d) => output.push(d));
        child.on("close", (code) => {
          process.stdout.write(`> ${script}: ${code === 0 ? "ok" : `failed (${code})`}\n`);
          process.stdout.write(Buffer.concat(output));
          resolve(code === 0);
        });
      }),
  ),
).then((results) => process.exit(results.every(Boolean) ? 0 : 1));
