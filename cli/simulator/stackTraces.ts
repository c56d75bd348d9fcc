import * as path from "path";
import { hasSourceMap, originalPosition } from "./sourceMaps";

/**
 * Pulumi's SDK formats a whole stack trace for every resource (to find where it was declared)
 * and for every internal promise (kept for leak reports). Behind a source-map-aware formatter
 * such as ts-node's, every one of those frames is mapped, which took about a fifth of a large
 * program's run. This formatter maps frames of the program files the gate compiled from their
 * own maps (cheap), prints frames under `node_modules` and Node's own as V8 does (no one reads
 * them), and hands any other frame (the gate's own source, specs) to the formatter it replaced.
 */
type Format = (error: Error, frames: NodeJS.CallSite[]) => string;

let installed: Format | undefined;

function header(error: Error): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return "Error";
  }
}

function frameText(frame: NodeJS.CallSite, error: Error, previous: Format | undefined): string {
  const file = frame.getFileName() ?? "";
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  const text = frame.toString();
  if (line !== null && column !== null && hasSourceMap(file)) {
    const at = originalPosition(file, line, column);
    const raw = `${file}:${line}:${column}`;
    const i = text.lastIndexOf(raw);
    return i < 0
      ? text
      : `${text.slice(0, i)}${file}:${at.line}:${at.column}${text.slice(i + raw.length)}`;
  }
  if (
    !previous ||
    file === "" ||
    file.startsWith("node:") ||
    file.split(path.sep).includes("node_modules")
  ) {
    return text;
  }
  const formatted = previous(error, [frame]);
  const i = formatted.lastIndexOf("\n    at ");
  return i < 0 ? text : formatted.slice(i + "\n    at ".length);
}

/** Installs the formatter for the rest of the process (once; later calls do nothing). */
export function installStackFormatter(): void {
  if (installed !== undefined && Error.prepareStackTrace === installed) return;
  const previous = Error.prepareStackTrace as Format | undefined;
  installed = (error, frames) =>
    [header(error), ...frames.map((f) => `    at ${frameText(f, error, previous)}`)].join("\n");
  Error.prepareStackTrace = installed;
}
