export * from "./common";
export * from "./network";
export * from "./security";
export * from "./storage";
