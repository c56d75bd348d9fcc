/**
 * The settings every VM and scale set of the zone shares: trusted launch (secure boot and a
 * virtual TPM), encryption at host (temp disks and caches encrypted too), SSH keys only, patches
 * installed by the platform, and boot diagnostics in managed storage.
 */
export const trustedLaunchProfile = {
  securityType: "TrustedLaunch",
  uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
  encryptionAtHost: true,
};

/** Ubuntu 24.04 LTS, Gen2 (trusted launch needs a Gen2 image). */
export const ubuntuImage = {
  publisher: "Canonical",
  offer: "ubuntu-24_04-lts",
  sku: "server",
  version: "latest",
};

/** Linux settings: no password login, the platform patches (assessment and install). */
export function linuxConfiguration(adminUsername: string, sshPublicKey: string) {
  return {
    disablePasswordAuthentication: true,
    provisionVMAgent: true,
    ssh: {
      publicKeys: [{ path: `/home/${adminUsername}/.ssh/authorized_keys`, keyData: sshPublicKey }],
    },
    patchSettings: {
      patchMode: "AutomaticByPlatform",
      assessmentMode: "AutomaticByPlatform",
      automaticByPlatformSettings: { rebootSetting: "IfRequired" },
    },
  };
}

/**
 * Entra ID SSH login (`az ssh vm`): operators sign in with their Entra identity, granted by the
 * *Virtual Machine User Login* role, instead of a shared key. It needs the system-assigned
 * identity.
 */
export const entraSshLogin = {
  publisher: "Microsoft.Azure.ActiveDirectory",
  type: "AADSSHLoginForLinux",
  typeHandlerVersion: "1.0",
  autoUpgradeMinorVersion: true,
};

/** Boot diagnostics in storage Azure manages (no storage account to secure). */
export const managedBootDiagnostics = { bootDiagnostics: { enabled: true } };

const SSH_KEY = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/;
const ADMIN = /^[a-z_][a-z0-9_-]{0,31}$/;
const RESERVED = ["root", "admin", "administrator", "user", "test", "guest"];

/** Why `key` is not an OpenSSH public key line, or `undefined`. */
export function sshKeyProblem(key: string): string | undefined {
  return SSH_KEY.test(key)
    ? undefined
    : "is not an OpenSSH public key: use one line such as ssh-ed25519 AAAA... (password login is disabled)";
}

/** Why `name` is not a usable Linux admin user name, or `undefined`. */
export function adminUsernameProblem(name: string): string | undefined {
  if (!ADMIN.test(name))
    return `"${name}" is not a Linux user name: use 1-32 lowercase letters, digits, hyphens or underscores`;
  if (RESERVED.includes(name)) return `"${name}" is reserved by Azure: choose another name`;
  return undefined;
}
