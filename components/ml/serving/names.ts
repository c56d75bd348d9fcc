import { shortHash } from "../../common";

/**
 * Azure ML online endpoint and deployment names: 3-32 letters, digits or hyphens, starting with
 * a letter and ending with a letter or digit. Endpoint names are unique per region, because they
 * form the scoring host name `<endpoint>.<region>.inference.ml.azure.com`.
 */
const onlineNamePattern = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/;
const onlineNameRule =
  "3-32 letters, digits or hyphens, starting with a letter and ending with a letter or digit";

export function onlineNameProblem(value: string): string | undefined {
  return onlineNamePattern.test(value)
    ? undefined
    : `"${value}" is not a valid name: use ${onlineNameRule}`;
}

/**
 * The default endpoint name: `ep-<name>-<hash>`, fitted to 32 characters. The hash of
 * subscription, resource group, workspace and name keeps it unique in the region.
 */
export function defaultEndpointName(name: string, uniqueParts: readonly string[]): string {
  const suffix = shortHash(uniqueParts, 6);
  const middle = name
    .replace(/[^A-Za-z0-9-]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 32 - "ep--".length - suffix.length)
    .replace(/-+$/, "");
  return ["ep", middle, suffix].filter((p) => p !== "").join("-");
}
