import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/azure-native/storage";
import type * as azureInputs from "@pulumi/azure-native/types/input";
import { InputValidator, plain } from "../common";

/**
 * Data whose age alone decides its tier and its end, e.g. the inference data the Azure ML model
 * data collector writes (`<container>/modelDataCollector/`) or raw landing files.
 */
export interface LifecycleDataRuleArgs {
  /** Required. The rule's name in the policy: letters and digits, 1-256. */
  name: string;
  /**
   * Required. Blob prefixes the rule covers, each starting with the container name, e.g.
   * `inference-data/` or `azureml-blobstore-<workspace guid>/modelDataCollector/`.
   */
  prefixes: pulumi.Input<string>[];
  /** Days after the last modification that blobs move to the cool tier. @default 30 */
  coolAfterDays?: number;
  /** Days after the last modification that blobs are deleted. @default 180 */
  deleteAfterDays?: number;
}

/** A container whose blobs no one can change or delete for a time (write once, read many). */
export interface ImmutableContainerArgs {
  /** Required. The container's name: 3-63 lowercase letters, digits and hyphens. */
  name: string;
  /**
   * Required. Days each blob version stays immutable after it is written (1-146000). The policy
   * is created unlocked, so it can still be shortened or removed while it is tested; locking it
   * is a one-way operation left to the data owner (`az storage container immutability-policy lock`).
   */
  retentionDays: number;
  /**
   * Lets appends to append blobs continue under the policy (audit logs written as append blobs).
   * @default true
   */
  allowProtectedAppendWrites?: boolean;
}

/**
 * How a `CmkStorageAccount` keeps data no longer than it needs: old blob versions (versioning is
 * always on) move to cool and are then deleted, data under the listed prefixes does the same, and
 * audit containers can be made immutable.
 */
export interface StorageLifecycleArgs {
  /**
   * `false` opts out of every rule: old versions then pile up forever (the pack's
   * `storage-blob-versions-lifecycle` reports it). @default true
   */
  enabled?: boolean;
  /** Days after a blob version is replaced that it moves to the cool tier. @default 30 */
  versionsCoolAfterDays?: number;
  /**
   * Days after a blob version is replaced that it is deleted. Deleted versions stay recoverable
   * for the account's `softDeleteRetentionInDays`.
   * @default 365
   */
  versionsDeleteAfterDays?: number;
  /** Age rules for data under given prefixes, such as collected inference data. @default [] */
  dataRules?: LifecycleDataRuleArgs[];
  /** Containers created with a time-based immutability (WORM) policy, for audit data. @default [] */
  immutableContainers?: ImmutableContainerArgs[];
}

/** The defaults `StorageLifecycleArgs` documents. */
export const lifecycleDefaults = {
  versionsCoolAfterDays: 30,
  versionsDeleteAfterDays: 365,
  dataCoolAfterDays: 30,
  dataDeleteAfterDays: 180,
} as const;

const ruleNamePattern = /^[A-Za-z0-9]{1,256}$/;
const containerPattern = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

function days(
  v: InputValidator,
  path: string,
  value: number | undefined,
  min: number,
  max: number,
): void {
  v.check(
    value === undefined || (Number.isInteger(value) && value >= min && value <= max),
    path,
    `${value} is out of range: use a whole number of days from ${min} to ${max}`,
  );
}

/** Checks `lifecycle` (at `path`) in the caller's argument names. */
export function validateLifecycle(
  v: InputValidator,
  path: string,
  lifecycle: StorageLifecycleArgs | undefined,
): void {
  if (lifecycle === undefined) return;
  const cool = lifecycle.versionsCoolAfterDays ?? lifecycleDefaults.versionsCoolAfterDays;
  const del = lifecycle.versionsDeleteAfterDays ?? lifecycleDefaults.versionsDeleteAfterDays;
  days(v, `${path}.versionsCoolAfterDays`, lifecycle.versionsCoolAfterDays, 0, 99999);
  days(v, `${path}.versionsDeleteAfterDays`, lifecycle.versionsDeleteAfterDays, 1, 99999);
  v.check(
    !(del <= cool),
    `${path}.versionsDeleteAfterDays`,
    `${del} is not after versionsCoolAfterDays (${cool}): delete versions later than they move to cool`,
  );
  const names = new Set<string>(["oldversions"]);
  (lifecycle.dataRules ?? []).forEach((rule, i) => {
    const at = `${path}.dataRules[${i}]`;
    v.check(
      ruleNamePattern.test(rule.name),
      `${at}.name`,
      `"${rule.name}" is not a rule name: use 1-256 letters or digits`,
    );
    v.check(
      !names.has(rule.name.toLowerCase()),
      `${at}.name`,
      `"${rule.name}" is used twice (oldversions is the versions rule): give each rule its own name`,
    );
    names.add(rule.name.toLowerCase());
    v.check(rule.prefixes.length > 0, `${at}.prefixes`, "is empty: list at least one prefix");
    rule.prefixes.forEach((prefix, j) => {
      const known = plain(prefix);
      v.check(
        known === undefined || containerPattern.test(known.split("/")[0]),
        `${at}.prefixes[${j}]`,
        `"${known}" does not start with a container name: use <container>/<path>`,
      );
    });
    days(v, `${at}.coolAfterDays`, rule.coolAfterDays, 0, 99999);
    days(v, `${at}.deleteAfterDays`, rule.deleteAfterDays, 1, 99999);
    const ruleCool = rule.coolAfterDays ?? lifecycleDefaults.dataCoolAfterDays;
    const ruleDel = rule.deleteAfterDays ?? lifecycleDefaults.dataDeleteAfterDays;
    v.check(
      !(ruleDel <= ruleCool),
      `${at}.deleteAfterDays`,
      `${ruleDel} is not after coolAfterDays (${ruleCool}): delete data later than it moves to cool`,
    );
  });
  const containers = new Set<string>();
  (lifecycle.immutableContainers ?? []).forEach((c, i) => {
    const at = `${path}.immutableContainers[${i}]`;
    v.check(
      containerPattern.test(c.name),
      `${at}.name`,
      `"${c.name}" is not a container name: use 3-63 lowercase letters, digits and single hyphens`,
    );
    v.check(!containers.has(c.name), `${at}.name`, `"${c.name}" is listed twice`);
    containers.add(c.name);
    days(v, `${at}.retentionDays`, c.retentionDays, 1, 146000);
  });
}

/** The management policy's rules: old versions first, then each data rule. Literals only. */
export function renderLifecycleRules(
  lifecycle: StorageLifecycleArgs,
): azureInputs.storage.ManagementPolicyRuleArgs[] {
  const versions: azureInputs.storage.ManagementPolicyRuleArgs = {
    name: "oldversions",
    enabled: true,
    type: "Lifecycle",
    definition: {
      filters: { blobTypes: ["blockBlob"] },
      actions: {
        version: {
          tierToCool: {
            daysAfterCreationGreaterThan:
              lifecycle.versionsCoolAfterDays ?? lifecycleDefaults.versionsCoolAfterDays,
          },
          delete: {
            daysAfterCreationGreaterThan:
              lifecycle.versionsDeleteAfterDays ?? lifecycleDefaults.versionsDeleteAfterDays,
          },
        },
      },
    },
  };
  const data = (lifecycle.dataRules ?? []).map(
    (rule): azureInputs.storage.ManagementPolicyRuleArgs => ({
      name: rule.name,
      enabled: true,
      type: "Lifecycle",
      definition: {
        filters: { blobTypes: ["blockBlob"], prefixMatch: rule.prefixes },
        actions: {
          baseBlob: {
            tierToCool: {
              daysAfterModificationGreaterThan:
                rule.coolAfterDays ?? lifecycleDefaults.dataCoolAfterDays,
            },
            delete: {
              daysAfterModificationGreaterThan:
                rule.deleteAfterDays ?? lifecycleDefaults.dataDeleteAfterDays,
            },
          },
        },
      },
    }),
  );
  return [versions, ...data];
}

/** Where the lifecycle applies. */
export interface LifecycleTarget {
  resourceGroupName: pulumi.Input<string>;
  accountName: pulumi.Input<string>;
}

/**
 * Creates the account's management policy (`<component>-lifecycle`) and each immutable container
 * (`<component>-container-<name>`, with `<...>-worm`). `dependsOn` should hold the blob service,
 * whose versioning the version rules and version-level immutability need.
 */
export function createStorageLifecycle(
  componentName: string,
  target: LifecycleTarget,
  lifecycle: StorageLifecycleArgs,
  opts: pulumi.CustomResourceOptions,
): void {
  new storage.ManagementPolicy(
    `${componentName}-lifecycle`,
    {
      resourceGroupName: target.resourceGroupName,
      accountName: target.accountName,
      // The only name Azure accepts.
      managementPolicyName: "default",
      policy: { rules: renderLifecycleRules(lifecycle) },
    },
    opts,
  );
  for (const c of lifecycle.immutableContainers ?? []) {
    const container = new storage.BlobContainer(
      `${componentName}-container-${c.name}`,
      {
        resourceGroupName: target.resourceGroupName,
        accountName: target.accountName,
        containerName: c.name,
        publicAccess: "None",
        // Version-level WORM: the account keeps versioning on, which container-level WORM forbids.
        immutableStorageWithVersioning: { enabled: true },
      },
      opts,
    );
    new storage.BlobContainerImmutabilityPolicy(
      `${componentName}-container-${c.name}-worm`,
      {
        resourceGroupName: target.resourceGroupName,
        accountName: target.accountName,
        containerName: c.name,
        immutabilityPolicyName: "default",
        immutabilityPeriodSinceCreationInDays: c.retentionDays,
        allowProtectedAppendWrites: c.allowProtectedAppendWrites ?? true,
      },
      { ...opts, dependsOn: [container] },
    );
  }
}
