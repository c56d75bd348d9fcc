/** Reading the Azure Machine Learning extension (`Microsoft.AzureML.Kubernetes`) on a cluster. */
import type { ExtensionArgs } from "@pulumi/azure-native/kubernetesconfiguration";
import type { Props } from "../../lib";

export type ExtensionProps = Props<ExtensionArgs>;

/** The extension type Azure ML installs on AKS and Arc clusters. */
export const AML_EXTENSION_TYPE = "Microsoft.AzureML.Kubernetes";

/** Whether the extension is Azure ML's (Azure compares extension types without case). */
export function isAmlExtension(props: ExtensionProps): boolean {
  return String(props.extensionType).toLowerCase() === AML_EXTENSION_TYPE.toLowerCase();
}

/**
 * The configuration settings of an Azure ML extension that serves inference, or undefined for
 * another extension or one that only trains. Setting values are strings such as 'True'.
 */
export function inferenceSettings(props: ExtensionProps): Record<string, string> | undefined {
  if (!isAmlExtension(props)) return undefined;
  const settings = "configurationSettings" in props ? (props.configurationSettings ?? {}) : {};
  const inference = "enableInference" in settings ? settings.enableInference : undefined;
  return String(inference).toLowerCase() === "true" ? settings : undefined;
}
