export * from "./assessment";
export * from "./assessment-needs";
export * from "./assessment-psychosocial";
export * from "./assessment-vulnerability";
export * from "./case";
export * from "./consent";
export * from "./dates";
export * from "./duplicates";
export * from "./eligibility-facts";
export * from "./eligibility-rule";
export * from "./errors";
// Field builders, for other packages' request schemas to phrase messages the same way.
export * as fields from "./fields";
export * from "./followup";
export * from "./person";
export * from "./plan";
export * from "./programme";
export * from "./referral";
export * from "./service-category";
