import type { Format } from "../args";
import { renderMermaid } from "./mermaid";
import type { GateResult } from "./model";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

/** Rendering options that do not change the result. */
export interface RenderOptions {
  /** ANSI colours (only on a terminal). @default false */
  color: boolean;
  /** ailz version, for SARIF's tool driver. */
  version: string;
}

export function render(result: GateResult, format: Format, options: RenderOptions): string {
  switch (format) {
    case "json":
      return JSON.stringify(result.report, null, 2);
    case "sarif":
      return JSON.stringify(renderSarif(result, options.version), null, 2);
    case "mermaid":
      return renderMermaid(result);
    case "text":
      return renderText(result, options.color);
  }
}
