export * from "./cmkStorageAccount";
