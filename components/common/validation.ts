import * as pulumi from "@pulumi/pulumi";

/**
 * The plain value of an input when it is already known synchronously (a literal the caller
 * wrote), or `undefined` when it is an Output or a Promise. Validation only judges values it can
 * see; computed values are Azure's to judge at deployment.
 */
export function plain<T>(input: pulumi.Input<T> | undefined): T | undefined {
  if (input === undefined || input === null) return undefined;
  if (pulumi.Output.isInstance(input) || input instanceof Promise) return undefined;
  return input as T;
}

/**
 * Collects every problem with a component's arguments, then throws them together as one
 * `pulumi.InputPropertiesError`, so a caller fixes all of them in one pass.
 */
export class InputValidator {
  private readonly errors: pulumi.InputPropertyErrorDetails[] = [];

  constructor(
    private readonly componentType: string,
    private readonly componentName: string,
  ) {}

  /** Records a problem. `propertyPath` is in the caller's argument names; `reason` says what is allowed. */
  fail(propertyPath: string, reason: string): void {
    this.errors.push({ propertyPath, reason });
  }

  /** Records `reason` at `propertyPath` unless `ok` holds. */
  check(ok: boolean, propertyPath: string, reason: string): void {
    if (!ok) this.fail(propertyPath, reason);
  }

  /** Records a problem when `reason` is defined; pairs with checkers that return a reason. */
  report(propertyPath: string, reason: string | undefined): void {
    if (reason !== undefined) this.fail(propertyPath, reason);
  }

  get problems(): readonly pulumi.InputPropertyErrorDetails[] {
    return this.errors;
  }

  /** Throws one error listing every recorded problem; does nothing when there are none. */
  throwIfInvalid(): void {
    if (this.errors.length === 0) return;
    const lines = this.errors.map((e) => `  - ${e.propertyPath}: ${e.reason}`).join("\n");
    throw new pulumi.InputPropertiesError({
      message: `${this.componentType} "${this.componentName}" has invalid arguments:\n${lines}`,
      errors: [...this.errors],
    });
  }
}
