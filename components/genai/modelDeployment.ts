import { InputValidator } from "../common";
import { ContentFilterArgs, validateContentFilter } from "./contentFilter";

/**
 * Deployment types, by where prompts are processed and how capacity is paid for:
 * - `Standard` (regional), `DataZoneStandard` (within the EU or US data zone), `GlobalStandard`
 *   (any region): pay per token; `capacity` is a rate limit in thousands of tokens per minute.
 * - `ProvisionedManaged`, `DataZoneProvisionedManaged`, `GlobalProvisionedManaged`: reserved
 *   throughput units (PTUs), billed per hour whether used or not; `capacity` is the PTU count.
 * - `GlobalBatch`, `DataZoneBatch`: asynchronous batch jobs at a discount; `capacity` is the
 *   enqueued-token quota in thousands.
 */
export const deploymentSkuNames = [
  "Standard",
  "DataZoneStandard",
  "GlobalStandard",
  "ProvisionedManaged",
  "DataZoneProvisionedManaged",
  "GlobalProvisionedManaged",
  "GlobalBatch",
  "DataZoneBatch",
] as const;
export type DeploymentSkuName = (typeof deploymentSkuNames)[number];

export type VersionUpgradeOption =
  "OnceNewDefaultVersionAvailable" | "OnceCurrentVersionExpired" | "NoAutoUpgrade";

/** A model deployment on the account. */
export interface ModelDeploymentArgs {
  /**
   * Required. The deployment name applications call; 2-64 letters, digits, hyphens, underscores
   * or periods, unique on the account. It also names the child resources, so renaming replaces it.
   */
  name: string;
  /** Required. The model, e.g. `gpt-4o`. */
  modelName: string;
  /** Required. The model version, e.g. `2024-11-20`; pinned so upgrades are deliberate. */
  modelVersion: string;
  /** @default "OpenAI" */
  modelFormat?: string;
  /**
   * Where prompts are processed and how capacity is billed (see `deploymentSkuNames`).
   * @default "DataZoneStandard" (pay per token, processing stays in the data zone)
   */
  skuName?: DeploymentSkuName;
  /**
   * Required. Thousands of tokens per minute (TPM) for standard and batch types, or PTUs for
   * provisioned types. It draws on the subscription's regional quota; provisioned units cost
   * money every hour they exist.
   */
  capacity: number;
  /** @default "OnceCurrentVersionExpired" (no surprise upgrades while the pinned version is supported) */
  versionUpgradeOption?: VersionUpgradeOption;
  /**
   * This deployment's own content filter, replacing the account's `contentFilter` for it.
   * @default - the account's `contentFilter`
   */
  contentFilter?: ContentFilterArgs;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}[A-Za-z0-9]$/;
const upgradeOptions: readonly string[] = [
  "OnceNewDefaultVersionAvailable",
  "OnceCurrentVersionExpired",
  "NoAutoUpgrade",
];

export function validateDeployments(
  v: InputValidator,
  path: string,
  deployments: readonly ModelDeploymentArgs[] | undefined,
): void {
  const names = new Set<string>();
  const filterNames = new Set<string>();
  (deployments ?? []).forEach((d, i) => {
    const at = `${path}[${i}]`;
    v.check(
      typeof d.name === "string" && namePattern.test(d.name),
      `${at}.name`,
      `"${d.name}" is not a valid deployment name: use 2-64 letters, digits, hyphens, underscores or periods, starting and ending with a letter or digit`,
    );
    v.check(!names.has(d.name), `${at}.name`, `"${d.name}" is used twice; names are unique`);
    names.add(d.name);
    v.check(
      typeof d.modelName === "string" && d.modelName !== "",
      `${at}.modelName`,
      "is required, e.g. gpt-4o",
    );
    v.check(
      typeof d.modelVersion === "string" && d.modelVersion !== "",
      `${at}.modelVersion`,
      "is required, e.g. 2024-11-20",
    );
    v.check(
      d.skuName === undefined || (deploymentSkuNames as readonly string[]).includes(d.skuName),
      `${at}.skuName`,
      `"${d.skuName}" is not a deployment type: use ${deploymentSkuNames.join(", ")}`,
    );
    v.wholeNumber(
      `${at}.capacity`,
      d.capacity,
      { min: 1 },
      `${d.capacity} is not allowed: use a whole number above 0 (thousands of TPM, or PTUs for provisioned types)`,
    );
    v.check(
      d.versionUpgradeOption === undefined || upgradeOptions.includes(d.versionUpgradeOption),
      `${at}.versionUpgradeOption`,
      `"${d.versionUpgradeOption}" is not allowed: use ${upgradeOptions.join(", ")}`,
    );
    validateContentFilter(v, `${at}.contentFilter`, d.contentFilter);
    if (d.contentFilter !== undefined && typeof d.name === "string") {
      const filterName = deploymentFilterName(d.name);
      v.check(
        !filterNames.has(filterName) && filterName !== "cf-default",
        `${at}.name`,
        `names the content filter "${filterName}", which another filter already uses; rename the deployment`,
      );
      filterNames.add(filterName);
    }
  });
}

/** The RAI policy name for a deployment's own filter: periods are not allowed there. */
export function deploymentFilterName(deploymentName: string): string {
  return `cf-${deploymentName.replace(/\./g, "-")}`;
}
