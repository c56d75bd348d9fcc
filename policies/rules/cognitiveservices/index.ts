import type { WafPolicy } from "../../lib";
import { aiAccountCmkEncryption } from "./accountCmkEncryption";
import { aiAccountCustomSubdomain } from "./accountCustomSubdomain";
import { aiAccountLocalAuthDisabled } from "./accountLocalAuthDisabled";
import { aiAccountManagedIdentity } from "./accountManagedIdentity";
import { aiAccountNetworkDefaultDeny } from "./accountNetworkDefaultDeny";
import { aiAccountOutboundRestricted } from "./accountOutboundRestricted";
import { aiAccountPublicNetworkAccessDisabled } from "./accountPublicNetworkAccessDisabled";
import { aiCapabilityHostOwnStores } from "./capabilityHostOwnStores";
import { openaiContentFilterHarmCategories } from "./contentFilterHarmCategories";
import { openaiContentFilterPromptShields } from "./contentFilterPromptShields";
import { openaiContentFilterProtectedMaterial } from "./contentFilterProtectedMaterial";
import { openaiDeploymentCapacityLimit } from "./deploymentCapacityLimit";
import { openaiDeploymentContentFilterBound } from "./deploymentContentFilterBound";
import { openaiDeploymentVersionPinned } from "./deploymentVersionPinned";
import { openaiProvisionedSpillover } from "./provisionedSpillover";
import { aiProjectManagedIdentity } from "./projectManagedIdentity";

/** Azure AI services / Azure OpenAI account, AI Foundry project, deployment and content filter rules. */
export const cognitiveServicesRules: WafPolicy[] = [
  aiAccountLocalAuthDisabled,
  aiAccountPublicNetworkAccessDisabled,
  aiAccountNetworkDefaultDeny,
  aiAccountOutboundRestricted,
  aiAccountCmkEncryption,
  aiAccountManagedIdentity,
  aiAccountCustomSubdomain,
  aiProjectManagedIdentity,
  aiCapabilityHostOwnStores,
  openaiDeploymentContentFilterBound,
  openaiDeploymentVersionPinned,
  openaiProvisionedSpillover,
  openaiDeploymentCapacityLimit,
  openaiContentFilterHarmCategories,
  openaiContentFilterPromptShields,
  openaiContentFilterProtectedMaterial,
];
