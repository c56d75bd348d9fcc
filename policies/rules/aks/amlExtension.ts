/** Reading the Azure ML extension of an AKS cluster (`kubernetesconfiguration:Extension`). */
import type { ExtensionArgs } from "@pulumi/azure-native/kubernetesconfiguration";
import type { Props } from "../../lib";

export type ExtensionProps = Props<ExtensionArgs>;

/** The extension type Azure ML installs for inference on Kubernetes. */
const AML_EXTENSION = "microsoft.azureml.kubernetes";

/** The extension's configuration settings when it is Azure ML's, else undefined. */
export function amlSettings(props: ExtensionProps): Record<string, unknown> | undefined {
  if (String(props.extensionType).toLowerCase() !== AML_EXTENSION) return undefined;
  const settings = "configurationSettings" in props ? props.configurationSettings : undefined;
  return settings !== null && typeof settings === "object" ? settings : {};
}

/** Azure ML's settings are strings: 'True' and 'False', in any case. */
export function setting(settings: Record<string, unknown>, key: string): string | undefined {
  return key in settings ? String(settings[key]).toLowerCase() : undefined;
}
