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

/** The range `InputValidator.wholeNumber` accepts, and the unit its message names. */
export interface WholeNumberRange {
  min: number;
  /** @default - no upper bound */
  max?: number;
  /** e.g. `days`: "use a whole number of days from 7 to 90". @default - none */
  unit?: string;
}

/**
 * Collects every problem with a component's arguments, then throws them together as one
 * `pulumi.InputPropertiesError`, so a caller fixes all of them in one pass.
 */
export class InputValidator {
  constructor(
    private readonly componentType: string,
    private readonly componentName: string,
    private readonly path: PathMapping = (path) => path,
    private readonly errors: pulumi.InputPropertyErrorDetails[] = [],
  ) {}

  /**
   * A view that records into this validator with every path under `prefix`: a composite passes
   * `v.within("storage")` to a child's validation, so the child's `accountName` is reported as
   * `storage.accountName`. A function maps each child path itself (e.g. `blue.weight` to
   * `slots.blue.weight`), or to `undefined` for a problem the caller already reports in its own
   * terms (a value it derived from one of its own arguments and checked there).
   */
  within(prefix: string | PathMapping): InputValidator {
    const map = typeof prefix === "string" ? (path: string) => joinPath(prefix, path) : prefix;
    return new InputValidator(
      this.componentType,
      this.componentName,
      (path) => {
        const mapped = map(path);
        return mapped === undefined ? undefined : this.path(mapped);
      },
      this.errors,
    );
  }

  /** Records a problem. `propertyPath` is in the caller's argument names; `reason` says what is allowed. */
  fail(propertyPath: string, reason: string): void {
    const path = this.path(propertyPath);
    if (path === undefined) return;
    // A composite may reach one argument through two children: report it once.
    if (this.errors.some((e) => e.propertyPath === path && e.reason === reason)) return;
    this.errors.push({ propertyPath: path, reason });
  }

  /** Records `reason` at `propertyPath` unless `ok` holds. */
  check(ok: boolean, propertyPath: string, reason: string): void {
    if (!ok) this.fail(propertyPath, reason);
  }

  /** Records a problem when `reason` is defined; pairs with checkers that return a reason. */
  report(propertyPath: string, reason: string | undefined): void {
    if (reason !== undefined) this.fail(propertyPath, reason);
  }

  /**
   * Records a problem unless `value` is a whole number within `range`; `undefined` passes (an
   * optional argument left out). The reason defaults to "<value> is out of range: use a whole
   * number [of <unit>] from <min> [to <max>]". Returns whether the value passed.
   */
  wholeNumber(
    propertyPath: string,
    value: number | undefined,
    range: WholeNumberRange,
    reason?: string,
  ): boolean {
    if (value === undefined) return true;
    const ok =
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= range.min &&
      (range.max === undefined || value <= range.max);
    const unit = range.unit === undefined ? "" : ` of ${range.unit}`;
    const bounds =
      range.max === undefined ? `from ${range.min}` : `from ${range.min} to ${range.max}`;
    this.check(
      ok,
      propertyPath,
      reason ?? `${value} is out of range: use a whole number${unit} ${bounds}`,
    );
    return ok;
  }

  /** Every problem recorded so far, through this validator or any view of it. */
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

/** Maps a property path of a child's arguments to the caller's path; `undefined` drops it. */
export type PathMapping = (path: string) => string | undefined;

/** `prefix` and `path` joined as a property path: `storage.accountName`, `subnets[0]`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}
