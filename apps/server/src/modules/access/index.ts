export * from "./relations";
export { canSeePerson, isCaseLead, leadsPerson, visiblePersonIds, visibleToSql } from "./visibility";
