export * from "./cmkStorageAccount";
export * from "./lifecycle";
