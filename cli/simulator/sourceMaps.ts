/**
 * Source maps of the program files the gate compiled, decoded on first use, so that positions in
 * reports (a resource's declaring line, the frame of a program error) are TypeScript positions.
 */

/** One mapping segment: generated column, original line and column (all 0-based). */
type Segment = [column: number, line: number, originalColumn: number];

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one line's comma-separated Base64 VLQ segments, carrying the running state. */
function decodeLine(text: string, state: number[]): Segment[] {
  const segments: Segment[] = [];
  state[0] = 0; // the generated column restarts on every line
  for (const group of text.split(",")) {
    if (group === "") continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of group) {
      const digit = DIGIT.get(char) ?? 0;
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    fields.forEach((delta, i) => (state[i] += delta));
    // A one-field segment maps to nothing; only the column advances.
    if (fields.length >= 4) segments.push([state[0], state[2], state[3]]);
  }
  return segments;
}

/** A decoded source map: segments by generated line. */
class DecodedMap {
  private lines: Segment[][] | undefined;

  constructor(private readonly mappings: string) {}

  /** The original 1-based position of a generated 1-based position, if mapped. */
  original(line: number, column: number): { line: number; column: number } | undefined {
    this.lines ??= this.decode();
    const segments = this.lines[line - 1];
    if (!segments || segments.length === 0) return undefined;
    let found = segments[0];
    for (const s of segments) {
      if (s[0] > column - 1) break;
      found = s;
    }
    return { line: found[1] + 1, column: found[2] + 1 };
  }

  private decode(): Segment[][] {
    const state = [0, 0, 0, 0, 0];
    return this.mappings.split(";").map((text) => decodeLine(text, state));
  }
}

const maps = new Map<string, DecodedMap>();

/** Remembers the source map of a file compiled by the gate (its `mappings` string). */
export function rememberSourceMap(file: string, mappings: string): void {
  maps.set(file, new DecodedMap(mappings));
}

/** Whether the gate compiled `file` and can map positions in it. */
export function hasSourceMap(file: string): boolean {
  return maps.has(file);
}

/** The TypeScript position of a position in a compiled file; the position itself otherwise. */
export function originalPosition(
  file: string,
  line: number,
  column: number,
): { line: number; column: number } {
  return maps.get(file)?.original(line, column) ?? { line, column };
}
