import * as pulumi from "@pulumi/pulumi";

/**
 * Options for a stateful child (vault, key, storage account, workspace, registry): protected from
 * deletion by `pulumi destroy` or a removed line of code unless the caller opts out with
 * `protect: false`.
 */
export function statefulOptions(
  parent: pulumi.Resource,
  protect: boolean | undefined,
  extra: pulumi.CustomResourceOptions = {},
): pulumi.CustomResourceOptions {
  return { ...extra, parent, protect: protect ?? true };
}
