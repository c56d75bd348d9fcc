import type { GateResult } from "./model";
export function renderText(r: GateResult, _c: boolean): string {
  return JSON.stringify(r.report.summary);
}
