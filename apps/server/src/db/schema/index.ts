export * from "./audit";
export * from "./auth";
export * from "./cases";
export * from "./directory";
export * from "./jobs";
export * from "./organisations";
export * from "./persons";
export * from "./referrals";
