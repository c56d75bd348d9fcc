import type { WafPolicy } from "../../lib";
import { accountCmkEncryption } from "./accountCmkEncryption";
import { accountCustomSubdomain } from "./accountCustomSubdomain";
import { accountLocalAuthDisabled } from "./accountLocalAuthDisabled";
import { accountManagedIdentity } from "./accountManagedIdentity";
import { accountNetworkDefaultDeny } from "./accountNetworkDefaultDeny";
import { accountOutboundRestricted } from "./accountOutboundRestricted";
import { accountPublicNetworkAccessDisabled } from "./accountPublicNetworkAccessDisabled";
import { deploymentContentFilterBound } from "./deploymentContentFilterBound";
import { raiPolicyHarmFilters } from "./raiPolicyHarmFilters";
import { raiPolicyPromptShields } from "./raiPolicyPromptShields";
import { raiPolicyProtectedMaterial } from "./raiPolicyProtectedMaterial";

/** Azure AI services / Azure OpenAI account, deployment and content filter rules. */
export const cognitiveServicesRules: WafPolicy[] = [
  accountLocalAuthDisabled,
  accountPublicNetworkAccessDisabled,
  accountNetworkDefaultDeny,
  accountOutboundRestricted,
  accountCmkEncryption,
  accountManagedIdentity,
  accountCustomSubdomain,
  deploymentContentFilterBound,
  raiPolicyHarmFilters,
  raiPolicyPromptShields,
  raiPolicyProtectedMaterial,
];
