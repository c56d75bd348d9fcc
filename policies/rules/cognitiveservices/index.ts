import type { WafPolicy } from "../../lib";
import { accountCmkEncryption } from "./accountCmkEncryption";
import { accountCustomSubdomain } from "./accountCustomSubdomain";
import { accountLocalAuthDisabled } from "./accountLocalAuthDisabled";
import { accountManagedIdentity } from "./accountManagedIdentity";
import { accountNetworkDefaultDeny } from "./accountNetworkDefaultDeny";
import { accountOutboundRestricted } from "./accountOutboundRestricted";
import { accountPublicNetworkAccessDisabled } from "./accountPublicNetworkAccessDisabled";
import { deploymentCapacityLimit } from "./deploymentCapacityLimit";
import { deploymentContentFilterBound } from "./deploymentContentFilterBound";
import { deploymentProvisionedSpillover } from "./deploymentProvisionedSpillover";
import { deploymentVersionPinned } from "./deploymentVersionPinned";
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
  deploymentVersionPinned,
  deploymentProvisionedSpillover,
  deploymentCapacityLimit,
  raiPolicyHarmFilters,
  raiPolicyPromptShields,
  raiPolicyProtectedMaterial,
];
