import type { GateResult } from "./model";
export function renderMermaid(r: GateResult): string {
  return r.report.project;
}
