import {
  AZURE_NATIVE_PREFIX,
  AZURE_NATIVE_PROVIDER_TYPE,
  FAKE_CLIENT_ID,
  FAKE_CLIENT_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID,
  FAKE_TENANT_ID,
} from "./constants";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "./capture";

/**
 * The Azure identity a provider works as: the subscription its IDs live in, the tenant and client
 * `getClientConfig` reports, and the location azure-native fills in when a resource has none.
 */
export interface AzureAccount {
  subscriptionId: string;
  tenantId: string;
  clientId: string;
  objectId: string;
  /** `azure-native:location`; azure-native's Check gives it to resources that declare none. */
  location?: string;
}

/** Without any config the simulated account is fixed, so reports are reproducible. */
export const SIMULATED_ACCOUNT: AzureAccount = {
  subscriptionId: FAKE_SUBSCRIPTION_ID,
  tenantId: FAKE_TENANT_ID,
  clientId: FAKE_CLIENT_ID,
  objectId: FAKE_CLIENT_OBJECT_ID,
};

/** A config or input value as a plain string: secrets unwrapped; unknowns and non-strings ignored. */
function plainString(value: unknown): string | undefined {
  if (value !== null && typeof value === "object" && (value as any)[SIG_KEY] === SECRET_SIG) {
    return plainString((value as any).value);
  }
  // The engine's unknown marker is a GUID too; it names no subscription.
  if (typeof value !== "string" || value === "" || value === UNKNOWN) return undefined;
  return value;
}

/** The account `settings` (provider inputs, or stack config without the `azure-native:` prefix) describe. */
export function accountFrom(
  settings: Record<string, unknown>,
  base: AzureAccount = SIMULATED_ACCOUNT,
): AzureAccount {
  const account: AzureAccount = {
    subscriptionId: plainString(settings.subscriptionId) ?? base.subscriptionId,
    tenantId: plainString(settings.tenantId) ?? base.tenantId,
    clientId: plainString(settings.clientId) ?? base.clientId,
    objectId: base.objectId,
  };
  const location = plainString(settings.location) ?? base.location;
  if (location !== undefined) account.location = location;
  return account;
}

/** The `azure-native:*` keys of a stack's config, prefix removed. */
export function azureNativeConfig(config: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key.startsWith(AZURE_NATIVE_PREFIX)) out[key.slice(AZURE_NATIVE_PREFIX.length)] = value;
  }
  return out;
}

/** `urn:pulumi:s::p::a$pulumi:providers:azure-native::hub[::id]` -> `pulumi:providers:azure-native::hub`. */
function providerKey(reference: string): string | undefined {
  const parts = reference.split("::");
  if (parts.length < 4) return undefined;
  return `${parts[2].split("$").pop()}::${parts[3]}`;
}

/**
 * Which account each provider works as. The default provider reads the stack config
 * (`azure-native:subscriptionId`, `tenantId`, `clientId`, `location`); an explicit
 * `new Provider("hub", { subscriptionId })` uses its own arguments, falling back to the stack
 * config for what it leaves out (where a real provider would fall back to the environment and
 * the Azure CLI login, which usually name the same account).
 *
 * Providers are told apart by type and logical name: the mocks never see a provider's parent, so
 * two explicit azure-native providers with one logical name under different parents share the
 * account of the later one.
 */
export class ProviderAccounts {
  readonly stackAccount: AzureAccount;
  private readonly explicit = new Map<string, AzureAccount>();

  constructor(stackConfig: Record<string, string> = {}) {
    this.stackAccount = accountFrom(azureNativeConfig(stackConfig));
  }

  /** Records an explicit provider's arguments as the mocks receive them. */
  register(type: string, name: string, inputs: Record<string, unknown>): void {
    if (type !== AZURE_NATIVE_PROVIDER_TYPE) return;
    this.explicit.set(`${type}::${name}`, accountFrom(inputs, this.stackAccount));
  }

  /** The account behind a provider reference (`urn::id`) or URN; "" is the default provider. */
  forReference(reference: string | undefined): AzureAccount {
    if (!reference) return this.stackAccount;
    const key = providerKey(reference);
    return (key && this.explicit.get(key)) || this.stackAccount;
  }
}
