import type { GateResult } from "./model";
export function renderSarif(r: GateResult, _v: string): object {
  return r.report;
}
