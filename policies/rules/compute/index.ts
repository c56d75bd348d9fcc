import type { WafPolicy } from "../../lib";
import { vmEncryptionAtHost } from "./encryptionAtHost";
import { vmEntraLogin } from "./entraLogin";
import { vmNoPublicIp } from "./noPublicIp";
import { vmPasswordAuthDisabled } from "./passwordAuthDisabled";
import { vmTrustedLaunch } from "./trustedLaunch";

/** Virtual machine and scale set rules (jump boxes, build agents). */
export const computeRules: WafPolicy[] = [
  vmNoPublicIp,
  vmPasswordAuthDisabled,
  vmEncryptionAtHost,
  vmTrustedLaunch,
  vmEntraLogin,
];
