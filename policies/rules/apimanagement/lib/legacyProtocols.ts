const PREFIX = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.";
/** The protocol switches older than TLS 1.2, towards clients and towards backends. */
export const legacyProtocolKeys = ["Tls10", "Tls11", "Ssl30"].flatMap((p) => [
  `${PREFIX}Protocols.${p}`,
  `${PREFIX}Backend.Protocols.${p}`,
]);
