/**
 * Reading the Azure Machine Learning extension (`Microsoft.AzureML.Kubernetes`) of an AKS or Arc
 * cluster (`kubernetesconfiguration:Extension`), for the ml extension rules and the AKS inference
 * router rules.
 */
import type { ExtensionArgs } from "@pulumi/azure-native/kubernetesconfiguration";
import type { Props } from "../../../lib";

export type ExtensionProps = Props<ExtensionArgs>;

/** The extension type Azure ML installs on AKS and Arc clusters. */
export const AML_EXTENSION_TYPE = "Microsoft.AzureML.Kubernetes";

/** Whether the extension is Azure ML's (Azure compares extension types without case). */
export function isAmlExtension(props: ExtensionProps): boolean {
  return String(props.extensionType).toLowerCase() === AML_EXTENSION_TYPE.toLowerCase();
}

/** The extension's configuration settings when it is Azure ML's, else undefined. */
export function amlSettings(props: ExtensionProps): Record<string, unknown> | undefined {
  if (!isAmlExtension(props)) return undefined;
  const settings = "configurationSettings" in props ? props.configurationSettings : undefined;
  return settings !== null && typeof settings === "object" ? settings : {};
}

/**
 * The configuration settings of an Azure ML extension that serves inference, or undefined for
 * another extension or one that only trains. Setting values are strings such as 'True'.
 */
export function inferenceSettings(props: ExtensionProps): Record<string, string> | undefined {
  const settings = amlSettings(props);
  if (settings === undefined) return undefined;
  const inference = "enableInference" in settings ? settings.enableInference : undefined;
  return String(inference).toLowerCase() === "true"
    ? (settings as Record<string, string>)
    : undefined;
}

/** Azure ML's settings are strings: 'True' and 'False', in any case. */
export function setting(settings: Record<string, unknown>, key: string): string | undefined {
  return key in settings ? String(settings[key]).toLowerCase() : undefined;
}
