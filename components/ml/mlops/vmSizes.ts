/**
 * VM sizes a training cluster may use unless the caller passes its own list: general-purpose
 * and memory-optimised CPU sizes for classic ML, and current T4/A100/H100 GPU sizes for deep
 * learning. Retired series (NCv1-v3, NDv1) are left out; quota for each size is per region and
 * per priority, so a size on this list can still fail for lack of quota.
 */
export const defaultTrainingVmSizes: readonly string[] = [
  "Standard_DS3_v2",
  "Standard_DS4_v2",
  "Standard_D4s_v3",
  "Standard_D8s_v3",
  "Standard_D16s_v3",
  "Standard_E4s_v3",
  "Standard_E8s_v3",
  "Standard_E16s_v3",
  "Standard_F8s_v2",
  "Standard_NC4as_T4_v3",
  "Standard_NC8as_T4_v3",
  "Standard_NC16as_T4_v3",
  "Standard_NC24ads_A100_v4",
  "Standard_NC40ads_H100_v5",
];

/** Whether `size` is in `allowed`; Azure compares VM sizes case-insensitively. */
export function isAllowedVmSize(size: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => a.toLowerCase() === size.toLowerCase());
}
