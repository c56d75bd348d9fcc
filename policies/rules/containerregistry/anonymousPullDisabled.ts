import type { RegistryArgs } from "@pulumi/azure-native/containerregistry";
import { Props, resourceRule, setToOtherThan, shown, T } from "../../lib";

export const acrAnonymousPullDisabled = resourceRule({
  name: "acr-anonymous-pull-disabled",
  description: "Container registries serve images only to authenticated clients.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_138",
    "azpol:Container registries should have anonymous authentication disabled.",
    "psrule:Azure.ACR.AnonymousAccess",
    "aprl:03f4a7d8",
  ],
  remediationSteps: "Remove anonymousPullEnabled or set it to false.",
  url: "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access",
  types: [T.registry],
  // Anonymous pull exposes every image, model weights included, to anyone who can reach it.
  exemptible: false,
  validate: (props: Props<RegistryArgs>, ctx) => {
    if (setToOtherThan(props.anonymousPullEnabled, false)) {
      ctx.report(`anonymousPullEnabled must be false; it is ${shown(props.anonymousPullEnabled)}.`);
    }
  },
});
