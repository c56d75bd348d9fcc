/** Reading an Azure ML online deployment's `properties` (managed or Kubernetes). */
import type { OnlineDeploymentArgs } from "@pulumi/azure-native/machinelearningservices";
import type { Props } from "../../../lib";

export type DeploymentProps = Props<OnlineDeploymentArgs>;
export type DeploymentSettings = NonNullable<DeploymentProps["properties"]>;

/** The deployment's `properties`, or an empty object when it has none. */
export function settingsOf(props: DeploymentProps): Partial<DeploymentSettings> {
  return "properties" in props ? (props.properties ?? {}) : {};
}
