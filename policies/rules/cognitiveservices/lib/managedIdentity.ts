/** The identity types that give a resource a managed identity of its own. */
const MANAGED = ["SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"];

/**
 * Reports an account or project whose `identity.type` is not a managed identity type (or whose
 * `identity` is not set): its connections would then need keys.
 */
export function reportUnlessManagedIdentity(
  props: { identity?: { type?: unknown } },
  report: (message: string) => void,
): void {
  if (!("identity" in props)) {
    report("identity.type must be a managed identity type; identity is not set.");
    return;
  }
  const type = props.identity?.type;
  if (!MANAGED.includes(String(type))) {
    report(`identity.type must be a managed identity type; it is '${String(type)}'.`);
  }
}
