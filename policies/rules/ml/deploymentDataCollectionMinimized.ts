import { quoteList, resourceRule, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

/** The reserved collections that record raw HTTP bodies. */
const RAW_PAYLOADS = ["request", "response"];

export const amlDeploymentDataCollectionMinimized = resourceRule<
  DeploymentProps,
  { allowedHeaders: string[]; allowRawPayloads: boolean }
>({
  name: "aml-deployment-data-collection-minimized",
  description:
    "Azure Machine Learning online deployments collect neither request headers nor raw request and response bodies beyond what is allowed.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["own:Azure ML production data collection (payload and header logging)"],
  remediationSteps:
    "Remove properties.dataCollector.requestLogging.captureHeaders entries and the 'request' and 'response' collections (the components' captureHeaders and collectRawPayloads opt-outs), or list what the workload's privacy review allows in this policy's allowedHeaders and allowRawPayloads.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-collect-production-data#collect-payload-data",
  types: [T.mlOnlineDeployment],
  config: {
    allowedHeaders: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: "Request headers (case-insensitive) a deployment may record with each request.",
    },
    allowRawPayloads: {
      type: "boolean",
      default: false,
      description: "Whether deployments may record raw request and response bodies.",
    },
  },
  validate: (props: DeploymentProps, ctx) => {
    const collector = settingsOf(props).dataCollector;
    if (collector === undefined || collector === null) return;
    const allowed = ctx.config.allowedHeaders.map((h) => h.toLowerCase());
    const headers = collector.requestLogging?.captureHeaders ?? [];
    const extra = headers.filter((h) => !allowed.includes(String(h).toLowerCase()));
    if (extra.length > 0) {
      ctx.report(
        `properties.dataCollector.requestLogging.captureHeaders records ${quoteList(extra)}, which can identify people; remove ${extra.length === 1 ? "it" : "them"}.`,
      );
    }
    if (ctx.config.allowRawPayloads) return;
    const collections = collector.collections ?? {};
    const raw = RAW_PAYLOADS.filter(
      (name) => name in collections && collections[name]?.dataCollectionMode !== "Disabled",
    );
    if (raw.length > 0) {
      ctx.report(
        `properties.dataCollector.collections ${quoteList(raw)} record raw HTTP bodies, personal data included; remove ${raw.length === 1 ? "it" : "them"} or set dataCollectionMode to 'Disabled'.`,
      );
    }
  },
});
