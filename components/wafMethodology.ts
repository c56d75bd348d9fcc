/**
 * The five design-methodology principles of the Well-Architected Framework for AI workloads (the
 * "Design methodology" section, which comes before the pillar tables), and what in the library
 * serves each. Policies tag pillar principles only (`principle:<slug>`), so a methodology
 * principle names the policies that serve it here; `docs/waf-traceability.md` is generated from
 * this, `wafAlignment.ts` and the pack.
 */
import { ComponentDefault, PrincipleAlignment } from "./wafAlignment";

/** Slug and title of each methodology principle, in the framework's order. */
export const METHODOLOGY_PRINCIPLES = {
  "design-with-an-experimental-mindset": "Design with an experimental mindset",
  "design-responsibly": "Design responsibly",
  "design-for-explainability": "Design for explainability",
  "stay-ahead-of-model-decay": "Stay ahead of model decay",
  "design-for-adaptability": "Design for adaptability",
} as const;
export type MethodologySlug = keyof typeof METHODOLOGY_PRINCIPLES;

/** A methodology principle's alignment: defaults, and the pack's policies that serve it, by name. */
export interface MethodologyAlignment extends PrincipleAlignment {
  /** Policy names (`meta.name`) that enforce part of the principle. @default [] */
  policies: string[];
}

const d = (component: string, setting: string): ComponentDefault => ({ component, setting });

export const methodologyAlignment: Record<MethodologySlug, MethodologyAlignment> = {
  "design-with-an-experimental-mindset": {
    defaults: [
      d(
        "PrivateMlWorkspace",
        "experiment tracking, jobs and the workspace model registry for the inner loop (train, evaluate) in dev",
      ),
      d(
        "TrainingCluster",
        "low-priority nodes that scale to zero, so an experiment costs only its run",
      ),
      d(
        "BlueGreenDeployment",
        "a second slot that mirrors a share of live traffic (`mirror` on the slot) or takes only header-routed requests at 0%, so a candidate is tried on production data before it serves",
      ),
      d(
        "AiLandingZone",
        "the outer loop: data collection, model monitors, alerts and, with `training`, a `RetrainingSchedule` weekly and on monitor alerts",
      ),
    ],
    policies: ["online-endpoint-traffic-valid", "aml-training-compute-scale-to-zero"],
    outOfScope:
      "Choosing experiments, metrics and when a candidate is good enough is the team's inner loop; the library hosts it.",
  },
  "design-responsibly": {
    defaults: [
      d(
        "PrivateOpenAi",
        "content filters on prompts and completions (harm categories at medium, prompt shields, protected material) bound to every deployment",
      ),
      d(
        "renderDataCollector",
        "no request headers and no raw payloads collected unless listed (`captureHeaders`, `collectRawPayloads`, for data the users consented to)",
      ),
      d("CmkStorageAccount", "collected data aged out by `lifecycle.dataRules`, not kept forever"),
    ],
    policies: [
      "openai-deployment-content-filter-bound",
      "openai-content-filter-harm-categories",
      "openai-content-filter-prompt-shields",
      "aml-deployment-data-collection-minimized",
    ],
    outOfScope:
      "Responsible AI impact assessments, fairness evaluation and consent records are processes; infrastructure enforces moderation and data minimization.",
  },
  "design-for-explainability": {
    defaults: [
      d(
        "PrivateMlRegistry",
        "models and environments promoted through one registry keep the job, data and environment they came from; asset read and write events (`RegistryAssetReadEvent`, `RegistryAssetWriteEvent`) are logged",
      ),
      d(
        "renderDataCollector",
        "the inputs and outputs of every served request (`model_inputs`, `model_outputs`), the data journey's last step",
      ),
      d("CmkStorageAccount", "blob versioning keeps earlier versions of datasets and model files"),
      d("AuthenticatedEndpoint", "console, traffic and event logs of the endpoint"),
    ],
    policies: ["aml-deployment-data-collection", "storage-blob-versioning", "diagnostics-required"],
    outOfScope:
      "Explaining a model's individual predictions (feature importance, the Responsible AI dashboard) is an output of the training job.",
  },
  "stay-ahead-of-model-decay": {
    defaults: [
      d(
        "ModelMonitor",
        "daily data drift, prediction drift and data quality signals that alert the action group",
      ),
      d(
        "RetrainingSchedule",
        "a weekly retraining job that monitor alerts also trigger (created by `AiLandingZone` when `training` is given)",
      ),
      d("renderDataCollector", "production inputs and outputs, the monitors' target data"),
    ],
    policies: ["aml-deployment-model-monitor", "aml-deployment-data-collection"],
  },
  "design-for-adaptability": {
    defaults: [
      d(
        "AiLandingZone",
        "every part is a public component with typed overrides, so one can be replaced without rebuilding the zone",
      ),
      d(
        "BlueGreenDeployment",
        "a model, environment or instance type changes by config on the idle slot, and traffic follows",
      ),
      d("InferenceCluster", "automatic Kubernetes patch and node image upgrades"),
    ],
    policies: [
      "aks-kubernetes-version",
      "openai-deployment-version-pinned",
      "disallow-preview-api-versions",
    ],
    outOfScope:
      "The pause-and-think review of models, libraries and frameworks that age quickly is a team practice.",
  },
};
