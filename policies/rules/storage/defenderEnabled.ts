import type { PolicyResource } from "@pulumi/policy";
import { ofType, peek, refersTo, stackRule, T, UNRESOLVED } from "../../lib";

/** The Defender for Storage features the rule asks for, by their input path under `properties`. */
const FEATURES: readonly { path: string; read: (p: any) => unknown }[] = [
  { path: "isEnabled", read: (p) => p?.isEnabled },
  {
    path: "malwareScanning.onUpload.isEnabled",
    read: (p) => p?.malwareScanning?.onUpload?.isEnabled,
  },
  { path: "sensitiveDataDiscovery.isEnabled", read: (p) => p?.sensitiveDataDiscovery?.isEnabled },
];

/** Whether a Defender setting is the account's: graph edge, or a known ID ending in its name. */
function settles(setting: PolicyResource, account: PolicyResource): boolean | "unknown" {
  if (refersTo(setting, account, "resourceId")) return true;
  const id = peek(() => setting.props.resourceId as unknown);
  const name = peek(() => account.props.accountName as unknown);
  if (id === UNRESOLVED || name === UNRESOLVED) return "unknown";
  return (
    typeof id === "string" &&
    typeof name === "string" &&
    id.toLowerCase().endsWith(`/storageaccounts/${name.toLowerCase()}`)
  );
}

export const storageDefenderEnabled = stackRule({
  name: "storage-defender-enabled",
  description:
    "Every storage account has Microsoft Defender for Storage on, with malware scanning on upload and sensitive data discovery.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "psrule:Azure.Storage.DefenderCloud",
    "psrule:Azure.Storage.Defender.MalwareScan",
    "psrule:Azure.Storage.Defender.DataScan",
    "mcsb:LT-1",
  ],
  remediationSteps:
    "Add a security:DefenderForStorage with resourceId set to the account's id and properties { isEnabled: true, malwareScanning: { onUpload: { isEnabled: true } }, sensitiveDataDiscovery: { isEnabled: true } }.",
  url: "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-storage-introduction",
  types: [T.storageAccount, T.defenderForStorage],
  subject: T.storageAccount,
  validate: (resources, ctx) => {
    const settings = ofType(resources, [T.defenderForStorage]);
    for (const account of ofType(resources, [T.storageAccount])) {
      const verdicts = settings.map((s) => ({ setting: s, owns: settles(s, account) }));
      const owned = verdicts.filter((v) => v.owns === true).map((v) => v.setting);
      if (owned.length === 0) {
        // A setting whose target is unknown at preview may still be this account's.
        if (verdicts.some((v) => v.owns === "unknown")) continue;
        ctx.report(
          `The storage account '${account.name}' has no Defender for Storage setting; add a security:DefenderForStorage for it.`,
          account,
        );
        continue;
      }
      for (const setting of owned) {
        // A value unknown at preview is not held against the setting.
        const off = FEATURES.filter((f) => {
          const value = peek(() => f.read(setting.props.properties));
          return value !== true && value !== UNRESOLVED;
        });
        if (off.length > 0) {
          ctx.report(
            `The Defender for Storage setting '${setting.name}' of '${account.name}' does not turn on ${off.map((f) => `properties.${f.path}`).join(", ")}; set them to true.`,
            account,
          );
        }
      }
    }
  },
});
