import type { WafPolicy } from "../../lib";
import { aiAccountCmkEncryption } from "./accountCmkEncryption";
import { aiAccountCustomSubdomain } from "./accountCustomSubdomain";
import { aiAccountLocalAuthDisabled } from "./accountLocalAuthDisabled";
import { aiAccountManagedIdentity } from "./accountManagedIdentity";
import { aiAccountNetworkDefaultDeny } from "./accountNetworkDefaultDeny";
import { aiAccountOutboundRestricted } from "./accountOutboundRestricted";
import { aiAccountPublicNetworkAccessDisabled } from "./accountPublicNetworkAccessDisabled";
import { openaiContentFilterHarmCategories } from "./contentFilterHarmCategories";
import { openaiContentFilterPromptShields } from "./contentFilterPromptShields";
import { openaiContentFilterProtectedMaterial } from "./contentFilterProtectedMaterial";
import { openaiDeploymentCapacityLimit } from "./deploymentCapacityLimit";
import { openaiDeploymentContentFilterBound } from "./deploymentContentFilterBound";
import { openaiDeploymentVersionPinned } from "./deploymentVersionPinned";
import { openaiProvisionedSpillover } from "./provisionedSpillover";

/** Azure AI services / Azure OpenAI account, deployment and content filter rules. */
export const cognitiveServicesRules: WafPolicy[] = [
  aiAccountLocalAuthDisabled,
  aiAccountPublicNetworkAccessDisabled,
  aiAccountNetworkDefaultDeny,
  aiAccountOutboundRestricted,
  aiAccountCmkEncryption,
  aiAccountManagedIdentity,
  aiAccountCustomSubdomain,
  openaiDeploymentContentFilterBound,
  openaiDeploymentVersionPinned,
  openaiProvisionedSpillover,
  openaiDeploymentCapacityLimit,
  openaiContentFilterHarmCategories,
  openaiContentFilterPromptShields,
  openaiContentFilterProtectedMaterial,
];
