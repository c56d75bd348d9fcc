import type * as pulumi from "@pulumi/pulumi";
import { computedOutputs, nameInputOf, physicalName } from "./armResources";
import { AZURE_NATIVE_PREFIX, fakeGuid, PROVIDER_TYPE_PREFIX } from "./constants";
import {
  answerInvoke,
  invokeError,
  NotSimulatedCall,
  NotSimulatedInvoke,
  notSimulatedInvokes,
  StackResource,
  unknownResult,
} from "./invokes";
import { UNKNOWN } from "./capture";
import { resolvedState } from "./outputShapes";
import { ProviderAccounts } from "./providerConfig";
import { AzureNativeTypes } from "./typeInfo";

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
  if (!type.startsWith(AZURE_NATIVE_PREFIX)) return inputs;
  const nameInput = nameInputOf(type);
  if (nameInput === undefined || nameInput in inputs) return inputs;
  const name =
    type === "azure-native:authorization:RoleAssignment"
      ? fakeGuid(logicalName, "role-assignment")
      : physicalName(type, logicalName, inputs);
  return { ...inputs, [nameInput]: name };
}

/** The inputs of a read resource with its name input taken from its ARM ID. */
function withNameFromId(
  type: string,
  inputs: Record<string, any>,
  id: string,
): Record<string, any> {
  const nameInput = nameInputOf(type);
  const name = id.split("/").filter(Boolean).pop();
  if (nameInput === undefined || name === undefined || nameInput in inputs) return inputs;
  return { ...inputs, [nameInput]: name };
}

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

/** What the simulated Azure is told about the run; everything is optional. */
export interface SimulatorOptions {
  /**
   * The stack's config: `azure-native:subscriptionId`, `tenantId`, `clientId` and `location` make
   * the default provider's account (IDs, `getClientConfig`, default location).
   * @default {} (the fixed simulated subscription and tenant, no default location)
   */
  config?: Record<string, string>;
  /**
   * The program's folder: its own copy of `@pulumi/azure-native` describes the outputs.
   * @default the gate's own copy
   */
  projectDir?: string;
}

/**
 * Pulumi mocks standing in for Azure. In `preview` mode a new resource reports only its checked
 * inputs and no ID, so every computed output is unknown, as in a first `pulumi preview`. In
 * `resolved` mode it gets a realistic ARM ID and every output its type declares, as after
 * `pulumi up`. Invokes are answered in both modes (`invokes.ts`); one the simulated Azure does not
 * model is recorded in `notSimulated`, answered as unknown at preview and failed when resolved.
 */
export class AzureMocks implements pulumi.runtime.Mocks {
  /** Which account each provider works as: stack config, or an explicit provider's arguments. */
  readonly providers: ProviderAccounts;
  /** Invokes the simulated Azure could not answer, in call order. */
  readonly notSimulated: NotSimulatedCall[] = [];
  /** Every resource registered so far, for `get*` lookups. */
  private readonly stack: StackResource[] = [];
  private types: AzureNativeTypes | undefined | null = null;

  constructor(
    readonly preview: boolean,
    private readonly options: SimulatorOptions = {},
  ) {
    this.providers = new ProviderAccounts(options.config);
  }

  /** azure-native's type information, found on first use. */
  private typeInfo(): AzureNativeTypes | undefined {
    if (this.types === null) this.types = AzureNativeTypes.locate(this.options.projectDir);
    return this.types;
  }

  /**
   * The inputs after the provider's Check: the autoname, and the provider's configured location
   * for a type that has one and was given none (azure-native's Check does the same; without a
   * configured location it would ask Azure for the resource group's, which the simulator leaves
   * out). `provider` is the provider reference or URN ("" for the default provider).
   */
  checkInputs(
    type: string,
    logicalName: string,
    inputs: Record<string, any>,
    provider: string | undefined,
  ): Record<string, any> {
    const checked = checkedInputs(type, logicalName, inputs);
    if (!type.startsWith(AZURE_NATIVE_PREFIX) || checked.location !== undefined) return checked;
    const location = this.providers.forReference(provider).location;
    if (location === undefined || !this.typeInfo()?.resource(type)?.args.has("location")) {
      return checked;
    }
    return { ...checked, location };
  }

  newResource(args: pulumi.runtime.MockResourceArgs): {
    id: string | undefined;
    state: Record<string, any>;
  } {
    if (args.custom === false) return { id: undefined, state: {} };
    if (args.type.startsWith(PROVIDER_TYPE_PREFIX)) {
      this.providers.register(args.type, args.name, args.inputs);
      return { id: this.preview ? undefined : fakeGuid(args.type, args.name), state: args.inputs };
    }
    const account = this.providers.forReference(args.provider);
    // `.get(name, id)` reads an existing resource: its name is the ID's, not an autoname.
    const given = args.id ? withNameFromId(args.type, args.inputs, args.id) : args.inputs;
    const inputs = this.checkInputs(args.type, args.name, given, args.provider);
    let result: { id: string | undefined; state: Record<string, any> };
    // `.get()` reads an existing resource: Azure knows it even during preview.
    if (this.preview && !args.id) {
      // The ID travels separately; leaving it out of the state keeps it unknown too.
      const computed = computedOutputs(args.type, args.name, inputs, account);
      delete computed.id;
      result = { id: undefined, state: unknownComputed(inputs, computed) };
    } else {
      const state = resolvedState(this.typeInfo(), args.type, args.name, inputs, account);
      result = { id: args.id || String(state.id), state };
    }
    this.stack.push({ type: args.type, name: args.name, inputs, state: result.state });
    return result;
  }

  /** The unanswered invokes for the report, each with the URN of the resource it names, if any. */
  notSimulatedInvokes(
    captured: readonly { urn: string; type: string; name: string }[],
  ): NotSimulatedInvoke[] {
    return notSimulatedInvokes(this.notSimulated, this.stack, captured);
  }

  call(args: pulumi.runtime.MockCallArgs): Record<string, any> {
    const { token, inputs } = args;
    let answer: Record<string, any> | undefined;
    try {
      answer = answerInvoke(token, inputs, {
        preview: this.preview,
        account: this.providers.forReference(args.provider),
        types: this.typeInfo(),
        resources: this.stack,
      });
    } catch (err) {
      throw invokeError(token, err);
    }
    if (answer !== undefined) return answer;
    this.notSimulated.push({ token, args: inputs });
    if (this.preview) return unknownResult(token, this.typeInfo());
    throw invokeError(
      token,
      "the simulated Azure does not answer this invoke (in --mode preview its result is unknown)",
    );
  }
}
