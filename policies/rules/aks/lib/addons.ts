/** Reading a ManagedCluster's `addonProfiles`, whose keys Azure treats case-insensitively. */
import type { ClusterProps } from "./pools";

type AddonProfile = NonNullable<ClusterProps["addonProfiles"]>[string];

/** The profile of add-on `name` (any key casing), if declared. */
export function addonOf(props: ClusterProps, name: string): AddonProfile | undefined {
  if (!("addonProfiles" in props)) return undefined;
  const profiles = props.addonProfiles ?? {};
  // Object.keys does not read values, so unknown add-on settings do not get in the way.
  const key = Object.keys(profiles).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : profiles[key];
}
