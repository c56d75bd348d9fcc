import { createHash } from "crypto";

/**
 * The facts the simulated Azure and the gate share, each written once: the fixed account, time
 * and region of an offline preview, the version strings the simulator reports, and the engine's
 * type tokens. The gate, the specs' mocks (`test/helpers`) and the benchmarks import them here.
 */

/** A deterministic GUID from any strings, so simulated principal IDs are stable between runs. */
export function fakeGuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The simulated Azure tenant and subscription. Without `azure-native:*` config every invoke and
 * every composed resource ID in an offline preview uses these, so reports are reproducible from
 * run to run.
 */
export const FAKE_TENANT_ID = "6d1e8b2a-4c3f-4e5d-9a7b-2c8e1f0d3b4a";
export const FAKE_SUBSCRIPTION_ID = "3f2a6c1e-8d4b-4e7a-9c05-1b2d3e4f5a6b";
export const FAKE_CLIENT_OBJECT_ID = "5c1d9e2f-7a3b-4c6d-8e9f-0a1b2c3d4e5f";
export const FAKE_CLIENT_ID = fakeGuid("client");

/** The one instant every simulated timestamp shows (creation times, systemData), for reproducibility. */
export const SIMULATED_TIME = "2026-01-01T00:00:00Z";

/** Where a simulated value needs a region and neither the program nor the config names one. */
export const DEFAULT_LOCATION = "westeurope";

/** A resource group's ARM ID, the prefix of every resource ID in it. */
export function resourceGroupId(subscriptionId: string, group: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${group}`;
}

/** The group a composed ID names when the program gives no `resourceGroupName`. */
export const DEFAULT_RESOURCE_GROUP = "rg-simulated";

/** The `apiVersion` output of a resource whose azure-native docs name no REST API version. */
export const SIMULATED_API_VERSION = "simulated";

/** The storage service version (`sv`) in the SAS tokens the simulated storage lists. */
export const STORAGE_SAS_VERSION = "2022-11-02";

/** The engine's type of the root stack resource, the parent of every top-level resource. */
export const STACK_TYPE = "pulumi:pulumi:Stack";

/** The prefix of every provider resource's type (`pulumi:providers:<package>`). */
export const PROVIDER_TYPE_PREFIX = "pulumi:providers:";

/** The prefix of every azure-native type token (`azure-native:storage:StorageAccount`). */
export const AZURE_NATIVE_PREFIX = "azure-native:";

/** The azure-native provider's resource type. */
export const AZURE_NATIVE_PROVIDER_TYPE = `${PROVIDER_TYPE_PREFIX}azure-native`;
