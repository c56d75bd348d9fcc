export * from "./cron";
export * from "./dataCollection";
