/**
 * Which component defaults serve each design principle of the Well-Architected Framework for AI
 * workloads (the five pillar tables of the WAF text). `docs/waf-traceability.md` is generated
 * from this and from the policy pack's `principle:<slug>` tags; a spec fails when a principle is
 * left unmapped or the document is stale. Keys are the pack's principle slugs.
 */

/** One default of one component. */
export interface ComponentDefault {
  /** The component class, e.g. `CmkStorageAccount`. */
  component: string;
  /** The default and the argument that opts out of it, in the component's terms. */
  setting: string;
}

/** How the library serves one principle. */
export interface PrincipleAlignment {
  /** The component defaults that implement the principle. */
  defaults: ComponentDefault[];
  /**
   * What of the principle infrastructure code cannot implement, and why; required when neither a
   * default nor a policy serves it.
   * @default - fully in scope
   */
  outOfScope?: string;
}

const d = (component: string, setting: string): ComponentDefault => ({ component, setting });

export const wafAlignment: Record<string, PrincipleAlignment> = {
  // Reliability
  "mitigate-single-points-of-failure": {
    defaults: [
      d("CmkStorageAccount", "zone-redundant `Standard_ZRS` (opt out: `skuName`)"),
      d(
        "PrivateContainerRegistry",
        'Premium with zone redundancy (opt out: `zoneRedundancy: "Disabled"`)',
      ),
      d(
        "AiLandingZone",
        "geo-replicas of the registry in `containerRegistryReplicaLocations` (none by default; the waf-aligned example adds one)",
      ),
      d("BlueGreenDeployment", "three instances per slot (`scale.minInstances`)"),
      d(
        "PrivateMlRegistry",
        "`Standard_ZRS` storage in every region, copies in `replicaLocations` (opt out: `storageAccountType`)",
      ),
      d(
        "InferenceCluster",
        "Standard tier with uptime SLA; system pool of three nodes over zones 1-3; three inference router replicas (`inferenceRouterHA`)",
      ),
    ],
  },
  "conduct-failure-mode-analysis": {
    defaults: [
      d(
        "EndpointTraffic",
        "retries throttling, conflicts, stale ETags and dropped connections with backoff and `Retry-After`, within `timeoutSeconds` (the Retry pattern)",
      ),
      d(
        "LandingZoneNetwork",
        "creates subnets one after another, so concurrent VNet updates cannot fail the deployment",
      ),
    ],
    outOfScope:
      "The analysis itself (failure modes, Bulkhead and Circuit Breaker in the scoring code) is an engineering practice; the library makes its own operations retry-safe.",
  },
  "balance-reliability-objectives": {
    defaults: [
      d(
        "AiLandingZone",
        "every dependency on the serving path (endpoint instances, AKS pools, container registry, storage, key vault) is zone-redundant in one region, so none is less available than the endpoint; training and retraining run on low-priority nodes, since they can wait",
      ),
      d(
        "PrivateMlRegistry",
        "zone-redundant storage in each region, and the registry's assets replicated to `replicaLocations`",
      ),
    ],
    outOfScope:
      "Setting the workload's availability target and deciding which parts may be less available than others is a design decision no setting can check; no policy is mapped here, because none checks the balance itself.",
  },
  "design-for-operational-reliability": {
    defaults: [
      d("RetrainingSchedule", "a weekly retraining job, optionally triggered by monitor breaches"),
      d("EncryptionKey", "rotated by Key Vault after `P1Y` (`rotateAfter`)"),
      d(
        "InferenceCluster",
        "automatic `patch` and `NodeImage` upgrades in a Sunday maintenance window (`upgradeChannel`, `maintenanceWindow`)",
      ),
    ],
  },
  "design-for-a-reliable-user-experience": {
    defaults: [
      d(
        "BlueGreenDeployment",
        "autoscale at 70% utilization up to twice the minimum; liveness and readiness probes written out",
      ),
      d("InferenceCluster", "cluster autoscaler on both pools"),
    ],
    outOfScope:
      "Load tests and asynchronous UI design belong to the application; the endpoint's latency alert marks the target.",
  },

  // Security
  "earn-user-trust": {
    defaults: [
      d(
        "PrivateOpenAi",
        "a content filter blocking hate, sexual, violence and self-harm at medium severity on prompts and completions, jailbreaks, indirect attacks and protected material, bound to every deployment",
      ),
      d(
        "renderDataCollector",
        "collects no request headers and no raw payloads unless listed (`captureHeaders`, `collectRawPayloads`)",
      ),
    ],
  },
  "protect-data-at-rest-in-transit-and-in-use": {
    defaults: [
      d(
        "CmkStorageAccount",
        "customer-managed key plus infrastructure (double) encryption, HTTPS only, TLS 1.2",
      ),
      d("PrivateMlWorkspace", "CMK encryption and high business impact (`hbiWorkspace`)"),
      d("PrivateContainerRegistry", "CMK encryption"),
      d("PrivateOpenAi", "CMK encryption"),
      d("EncryptionKey", "RSA 3072, wrap/unwrap only, premium (HSM) vault"),
      d(
        "InferenceCluster",
        "encryption at host (`enableEncryptionAtHost`); TLS on the inference router unless `allowInsecureConnections`",
      ),
    ],
  },
  "invest-in-robust-access-management": {
    defaults: [
      d("KeyVault", "RBAC authorization, no access policies"),
      d("CmkStorageAccount", "Entra ID only (`allowSharedKeyAccess: false`)"),
      d("PrivateOpenAi", "Entra ID only (`disableLocalAuth`)"),
      d("Observability", "Log Analytics and Application Insights without local auth"),
      d("InferenceCluster", "Entra ID with Azure RBAC, no local accounts, workload identity"),
      d(
        "TrainingCluster",
        "its own identity with a blob data role on the workspace storage and AcrPull only",
      ),
      d(
        "AuthenticatedEndpoint",
        "endpoint identity roles refuse Owner, Contributor and access administration",
      ),
      d("JumpBox", "Entra ID login (AADSSHLoginForLinux), password login disabled"),
      d("BuildAgents", "Entra ID login (AADSSHLoginForLinux), password login disabled"),
      d("Bastion", "Standard SKU: Entra ID sign-in from native clients, tunneling only when asked"),
    ],
  },
  "protect-design-integrity-with-segmentation": {
    defaults: [
      d(
        "LandingZoneNetwork",
        "one subnet with its own NSG per role, no default outbound access, private DNS for every private endpoint",
      ),
      d(
        "PrivateMlWorkspace",
        "managed network in `AllowOnlyApprovedOutbound`, private endpoints for the workspace and its dependencies",
      ),
      d(
        "InferenceCluster",
        "the inference pool in its own subnet, isolated both ways: the `ailz.io/pool: inference` label pins every Azure ML pod to it, and its `ailz.io/pool=inference:NoSchedule` taint keeps other pods off, tolerated only in the Azure ML namespaces through an Azure Policy for Kubernetes mutation (preview, `isolateInferencePool`); endpoints in their own namespace `azureml-endpoints` (not `default`), Cilium network policy",
      ),
      d("PrivateOpenAi", "outbound restricted to `allowedFqdnList`"),
      d(
        "PrivateMlRegistry",
        "public network access disabled, reached through an `amlregistry` private endpoint",
      ),
      d(
        "EgressFirewall",
        'threat intelligence and IDPS in Deny (opt out of IDPS: `tier: "Standard"`), egress only from the spokes to what the zone needs',
      ),
      d("LandingZoneNetwork", "with `egress`, every subnet routes 0.0.0.0/0 to the firewall"),
      d("HubPeering", "no gateway transit unless asked; overlapping address spaces rejected"),
      d(
        "VirtualHubConnection",
        "internet security on: the secured virtual hub's firewall filters the spoke's Internet traffic (opt out: `enableInternetSecurity: false`)",
      ),
    ],
  },
  "conduct-security-testing": {
    defaults: [
      d(
        "BlueGreenDeployment",
        "a slot at 0% takes requests only with the `azureml-model-deployment` header, so it is tested before it serves",
      ),
    ],
    outOfScope:
      "Penetration tests, red-team exercises and tests for unethical model behaviour are processes run against the deployed workload.",
  },
  "reduce-the-attack-surface": {
    defaults: [
      d(
        "AuthenticatedEndpoint",
        "Entra ID (`AADToken`) or Azure ML tokens, keys only with `allowKeyAuth`, public network access disabled",
      ),
      d("InferenceCluster", "private API server, run command disabled (`disableRunCommand`)"),
      d("KeyVault", "public network access disabled, network ACL Deny"),
      d("CmkStorageAccount", "no anonymous blob access, no local users or SFTP"),
      d("JumpBox", "no public IP, SSH from Bastion only, trusted launch and encryption at host"),
      d("BuildAgents", "no public IPs and no inbound sessions"),
    ],
  },

  // Cost optimization
  "determine-cost-drivers-through-cost-modeling": {
    defaults: [
      d(
        "AiLandingZone",
        "every child tagged with cost-center, owner, environment and workload, so costs group by driver",
      ),
      d("CostGuardrails", "a forecast notification at 100% of the budget"),
    ],
    outOfScope:
      "The cost model (data volume, query rates, token throughput) is built from the workload's usage; each example's README lists its cost drivers.",
  },
  "pay-for-what-you-intend-to-use": {
    defaults: [
      d(
        "TrainingCluster",
        "low-priority nodes, scale to zero, VM sizes limited to `allowedVmSizes`",
      ),
      d("InferenceCluster", "GPU inference pools scale from zero"),
      d("BlueGreenDeployment", "autoscale ceiling of twice the minimum (`scale.maxInstances`)"),
    ],
  },
  "use-what-you-pay-for": {
    defaults: [
      d("AiLandingZone", "the pack's required cost-accountability tags on every child"),
      d("CostGuardrails", "a budget notifying at 50, 75, 90 and 100% of actual spend"),
      d("TrainingCluster", "idle nodes released after `PT120S`"),
      d("PrivateContainerRegistry", "untagged manifests deleted after 7 days (`retentionDays`)"),
      d(
        "CmkStorageAccount",
        "previous blob versions moved to cool after 30 days and deleted after 365 (`lifecycle`; opt out: `lifecycle: { enabled: false }`)",
      ),
    ],
  },
  "optimize-operational-costs": {
    defaults: [
      d("RetrainingSchedule", "retraining runs as a scheduled job, not by hand"),
      d(
        "renderDataCollector",
        "a sampling rate to collect a fraction of requests (`samplingRate`)",
      ),
      d("Observability", "an optional daily ingestion cap (`dailyQuotaGb`)"),
    ],
  },

  // Operational excellence
  "foster-continuous-learning-and-experimentation": {
    defaults: [
      d(
        "PrivateMlWorkspace",
        "an Azure ML workspace for experiment tracking, pipelines and the model registry",
      ),
      d(
        "PrivateMlRegistry",
        "models, environments and components shared by every workspace, so a team reuses what another learned",
      ),
    ],
    outOfScope:
      "DevOps, MLOps and GenAIOps collaboration and feedback loops are team practices; infrastructure can only host them.",
  },
  "minimize-operational-burden": {
    defaults: [
      d("AuthenticatedEndpoint", "managed online endpoints unless a Kubernetes compute is given"),
      d("PrivateMlWorkspace", "a managed network instead of self-run firewalls"),
      d("InferenceCluster", "automatic upgrades and Image Cleaner"),
    ],
  },
  "automated-monitoring-and-alerting": {
    defaults: [
      d(
        "Observability",
        "one Log Analytics workspace, Application Insights and an action group for every alert",
      ),
      d(
        "AiLandingZone",
        "alert rules on endpoint latency and 5xx, key expiry and storage availability (and AKS nodes and pods)",
      ),
      d(
        "every component",
        "`diagnosticSettings` is required (allLogs and AllMetrics by default); `[]` is the explicit opt-out",
      ),
    ],
  },
  "automate-model-decay-detection": {
    defaults: [
      d(
        "ModelMonitor",
        "daily data drift, prediction drift and data quality signals with an alert to the action group",
      ),
      d("renderDataCollector", "model inputs and outputs collected from every slot"),
      d("RetrainingSchedule", "retraining on a schedule or on a monitor breach"),
    ],
  },
  "implement-safe-deployments": {
    defaults: [
      d(
        "BlueGreenDeployment",
        "blue and green slots whose weights and mirror traffic come from config; traffic moves only after both slots are ready; rollback is a config change",
      ),
      d(
        "PrivateMlRegistry",
        "a model is promoted from dev to prod by reference to one registry version, not rebuilt or copied",
      ),
    ],
  },
  "evaluate-user-experience-in-production": {
    defaults: [
      d(
        "renderDataCollector",
        "production inputs and outputs collected without headers or raw payloads unless the users consented",
      ),
      d("Observability", "Application Insights for request telemetry"),
    ],
    outOfScope: "Gathering user feedback is part of the application.",
  },

  // Performance efficiency
  "establish-performance-benchmarks": {
    defaults: [d("AiLandingZone", "an endpoint latency alert at 1000 ms as the starting target")],
    outOfScope:
      "Benchmarks and load tests are run against the deployed workload; the library's own gate benchmark is in docs/gate.md.",
  },
  "evaluate-resource-needs": {
    defaults: [
      d("TrainingCluster", "CPU sizes and T4, A100 and H100 GPU sizes in `allowedVmSizes`"),
      d("InferenceCluster", "GPU or CPU inference pool size (`inferencePool.vmSize`)"),
      d("BlueGreenDeployment", "instance type per slot (`instanceType`)"),
    ],
  },
  "collect-and-analyze-performance-metrics": {
    defaults: [
      d(
        "AuthenticatedEndpoint",
        "console, traffic and event logs plus AllMetrics to Log Analytics",
      ),
      d(
        "AiLandingZone",
        "alerts on endpoint latency and server errors, and on deployment CPU and memory through `Observability`",
      ),
    ],
  },
  "continuously-improve-benchmark-performance": {
    defaults: [
      d("renderDataCollector", "production data for retraining"),
      d("RetrainingSchedule", "scheduled retraining that can consume it"),
    ],
    outOfScope:
      "Deciding when a retrained model is better is the team's evaluation step before promotion.",
  },
};
