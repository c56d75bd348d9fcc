import type * as pulumi from "@pulumi/pulumi";
import {
  armResourceId,
  computedOutputs,
  fakeGuid,
  invokeResult,
  nameInputOf,
  physicalName,
} from "./armResources";

/**
 * Inputs as the engine hands them to analyzers: after the provider's Check, which fills the
 * name input with an autoname when the program left it out (azure-native names resources from
 * the logical name plus a random suffix; a hash keeps it reproducible here).
 */
export function checkedInputs(
  type: string,
  logicalName: string,
  inputs: Record<string, any>,
): Record<string, any> {
  if (!type.startsWith("azure-native:")) return inputs;
  const nameInput = nameInputOf(type);
  if (nameInput === undefined || nameInput in inputs) return inputs;
  const name =
    type === "azure-native:authorization:RoleAssignment"
      ? fakeGuid(logicalName, "role-assignment")
      : physicalName(type, logicalName, inputs);
  return { ...inputs, [nameInput]: name };
}

/** The engine's marker for a value not known until the resource exists. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * Merges what Azure would compute into the inputs, marking every computed value the inputs do
 * not already fix as unknown: a first preview knows a vault's properties but not its vaultUri.
 */
export function unknownComputed(
  inputs: Record<string, any>,
  computed: Record<string, any>,
): Record<string, any> {
  const out: Record<string, any> = { ...inputs };
  for (const [key, value] of Object.entries(computed)) {
    const given = inputs[key];
    if (given === undefined) out[key] = UNKNOWN;
    else if (isPlainObject(given) && isPlainObject(value)) out[key] = unknownComputed(given, value);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Pulumi mocks standing in for Azure. In `preview` mode a new resource reports only its checked
 * inputs and no ID, so every computed output is unknown, as in a first `pulumi preview`. In
 * `resolved` mode it gets a realistic ARM ID and the outputs Azure computes, as after `pulumi up`.
 */
export class AzureMocks implements pulumi.runtime.Mocks {
  constructor(readonly preview: boolean) {}

  newResource(args: pulumi.runtime.MockResourceArgs): {
    id: string | undefined;
    state: Record<string, any>;
  } {
    if (args.custom === false) return { id: undefined, state: {} };
    if (args.type.startsWith("pulumi:providers:")) {
      return { id: this.preview ? undefined : fakeGuid(args.type, args.name), state: args.inputs };
    }
    const inputs = checkedInputs(args.type, args.name, args.inputs);
    // `.get()` reads an existing resource: Azure knows it even during preview.
    if (this.preview && !args.id) {
      // The ID travels separately; leaving it out of the state keeps it unknown too.
      const computed = computedOutputs(args.type, args.name, inputs);
      delete computed.id;
      return { id: undefined, state: unknownComputed(inputs, computed) };
    }
    return {
      id: args.id || armResourceId(args.type, args.name, inputs),
      state: { ...inputs, ...computedOutputs(args.type, args.name, inputs) },
    };
  }

  call(args: pulumi.runtime.MockCallArgs): Record<string, any> {
    const result = invokeResult(args.token);
    if (!result) throw new Error(`the simulated Azure has no answer for the invoke ${args.token}`);
    return result;
  }
}
