/**
 * The component provider: every public component of the library, served over Pulumi's provider
 * protocol so that `pulumi package add` can generate an SDK for Python, Go, .NET, Java or YAML.
 * The schema is inferred from the components' TypeScript types by `@pulumi/pulumi`'s component
 * analyzer, taught the few shapes it lacks in `schemaShapes.ts`; `Construct` runs the very classes
 * TypeScript programs use. `plugin.js` starts it.
 */
import * as path from "path";
import { componentProviderHost, getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as library from "../components";
import { installSchemaShapes } from "./schemaShapes";

import { NOT_IN_SCHEMA } from "./notInSchema";

export { NOT_IN_SCHEMA };

/** The schema's package name: type tokens read `ailz:index:<Component>`. */
export const PACKAGE_NAME = "ailz";

/**
 * The component classes the provider serves: every public `ComponentResource` (the classes in
 * `NOT_IN_SCHEMA` are not components, so this leaves them out).
 */
export const servedComponents = getPulumiComponents(library).filter(
  (component) => !(component.name in NOT_IN_SCHEMA),
);

/** Starts the provider; `pluginDir` holds PulumiPlugin.yaml, package.json and tsconfig.json. */
export function serve(pluginDir: string): Promise<void> {
  installSchemaShapes(path.join(pluginDir, ".."));
  return componentProviderHost({
    name: PACKAGE_NAME,
    components: servedComponents,
    dirname: pluginDir,
  });
}
