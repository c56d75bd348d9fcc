/** Reading an Azure ML compute's discriminated `properties` (by `properties.computeType`). */
import type { ComputeArgs } from "@pulumi/azure-native/machinelearningservices";
import type { Props } from "../../../lib";

export type ComputeProps = Props<ComputeArgs>;
type ComputeUnion = NonNullable<ComputeProps["properties"]>;
/** A compute cluster (`AmlCompute`): the training compute of a workspace. */
export type AmlCompute = Extract<ComputeUnion, { computeType: "AmlCompute" }>;
/** A compute instance (`ComputeInstance`): a data scientist's workstation. */
export type ComputeInstance = Extract<ComputeUnion, { computeType: "ComputeInstance" }>;

/** The compute's `properties`, or undefined when it has none. */
export function computeOf(props: ComputeProps): ComputeUnion | undefined {
  return "properties" in props ? props.properties : undefined;
}

/** The cluster settings when the compute is an `AmlCompute` cluster. */
export function amlCluster(props: ComputeProps): AmlCompute | undefined {
  const compute = computeOf(props);
  return compute?.computeType === "AmlCompute" ? compute : undefined;
}

/** The instance settings when the compute is a `ComputeInstance`. */
export function computeInstance(props: ComputeProps): ComputeInstance | undefined {
  const compute = computeOf(props);
  return compute?.computeType === "ComputeInstance" ? compute : undefined;
}
