/**
 * Azure ML compute cluster names: 2-16 letters, digits or hyphens, starting with a letter. They
 * are unique within a workspace only, so no hash suffix is needed.
 */
const computeNamePattern = /^[A-Za-z][A-Za-z0-9-]{1,15}$/;

/** Why `value` is not a compute cluster name, or `undefined` when it is. */
export function computeNameProblem(value: string): string | undefined {
  if (computeNamePattern.test(value)) return undefined;
  return `"${value}" is not a valid compute name: use 2-16 letters, digits or hyphens, starting with a letter`;
}

/** The default compute name for a component: its name, cleaned and cut to 16 characters. */
export function defaultComputeName(componentName: string): string {
  const clean = componentName.replace(/[^A-Za-z0-9-]/g, "-").replace(/-+/g, "-");
  const lettered = /^[A-Za-z]/.test(clean) ? clean : `c${clean}`;
  const cut = lettered.slice(0, 16).replace(/-+$/, "");
  return cut.length >= 2 ? cut : `${cut}-c`.slice(0, 16);
}

/**
 * Azure ML schedule names: 1-255 letters, digits, hyphens or underscores, starting with a
 * letter or digit.
 */
const scheduleNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;

export function scheduleNameProblem(value: string): string | undefined {
  if (scheduleNamePattern.test(value)) return undefined;
  return `"${value}" is not a valid schedule name: use 1-255 letters, digits, hyphens or underscores, starting with a letter or digit`;
}
