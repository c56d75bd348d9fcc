import * as pulumi from "@pulumi/pulumi";
import * as settingsModule from "@pulumi/pulumi/runtime/settings";
import { AzureMocks } from "../../cli/simulator/azureMocks";

/** One resource the program registered, with its inputs after the SDK's serialization. */
export interface RecordedResource {
  type: string;
  name: string;
  inputs: Record<string, any>;
}

/**
 * Records every resource a program registers, and answers as the gate's simulated Azure does:
 * realistic ARM IDs and computed outputs in resolved mode; in preview mode no ID and every
 * computed output unknown, as in a first `pulumi preview`.
 */
export class RecorderMocks extends AzureMocks {
  readonly resources: RecordedResource[] = [];

  newResource(args: pulumi.runtime.MockResourceArgs): {
    id: string | undefined;
    state: Record<string, any>;
  } {
    this.resources.push({ type: args.type, name: args.name, inputs: args.inputs });
    return super.newResource(args);
  }

  /** Resources of one type token, e.g. `azure-native:storage:StorageAccount`. */
  ofType(type: string): RecordedResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** The single resource of a type; fails when there are none or several. */
  one(type: string, name?: string): RecordedResource {
    const found = this.ofType(type).filter((r) => name === undefined || r.name === name);
    if (found.length !== 1) {
      const names = this.ofType(type).map((r) => r.name);
      throw new Error(
        `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${names.join(", ")}`,
      );
    }
    return found[0];
  }

  reset(): void {
    this.resources.length = 0;
  }
}

/** Installs recorder mocks for a spec file; call in a root `before`. */
export async function useMocks(preview = false): Promise<RecorderMocks> {
  const mocks = new RecorderMocks(preview);
  await installMocks(mocks);
  return mocks;
}

/**
 * Recorder mocks for the enclosing `describe`: installed before its first spec and emptied before
 * each one. Call it at the top of the block.
 */
export function mocksPerSpec(preview = false): RecorderMocks {
  const mocks = new RecorderMocks(preview);
  before(() => installMocks(mocks));
  beforeEach(() => mocks.reset());
  return mocks;
}

/** Makes `mocks` the runtime's mocks again, e.g. after a nested block installed its own. */
export function installMocks(mocks: RecorderMocks): Promise<void> {
  return pulumi.runtime.setMocks(mocks, "ailz-test", "test", mocks.preview);
}

/** Resolves an Output in tests; rejects when the value is unknown (preview). */
export function unwrap<T>(value: pulumi.Input<T>): Promise<T> {
  const output = pulumi.output(value) as pulumi.Output<T>;
  return new Promise((resolve, reject) => {
    // isKnown tells a preview's unknown value apart from a resolved undefined.
    void (output as any).isKnown.then((known: boolean) => {
      if (!known) reject(new Error("output is unknown"));
    });
    output.apply((value) => {
      resolve(value);
      return value;
    });
  });
}

/** Whether an Output is known; preview-decidability specs assert this on security inputs. */
export function isKnown(value: pulumi.Input<unknown>): Promise<boolean> {
  return (pulumi.output(value) as any).isKnown;
}

// The SDK exports waitForRPCs at run time but leaves it out of its typings.
const runtimeSettings = settingsModule as unknown as { waitForRPCs(): Promise<void> };

/** Waits until every pending registration has reached the mocks, so specs read a full recording. */
export function settle(): Promise<void> {
  return runtimeSettings.waitForRPCs();
}

/** The resource options each child was registered with, captured through a transformation. */
export class OptionsRecorder {
  readonly options = new Map<string, pulumi.CustomResourceOptions>();

  /** Pass as `{ transformations: [recorder.transformation] }` on the component. */
  readonly transformation: pulumi.ResourceTransformation = (args) => {
    this.options.set(`${args.type}::${args.name}`, args.opts);
    return undefined;
  };

  /** Whether the child of this type and logical name is protected. */
  protected(type: string, name: string): boolean | undefined {
    const opts = this.options.get(`${type}::${name}`);
    if (!opts)
      throw new Error(
        `no child ${type} named ${name}; have ${[...this.options.keys()].join(", ")}`,
      );
    return opts.protect;
  }
}
