export * from "./keyVault";
export * from "./encryptionKey";
