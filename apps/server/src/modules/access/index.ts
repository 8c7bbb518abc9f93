export * from "./relations";
export {
  canSeePerson,
  isCaseLead,
  leadsPerson,
  visiblePersonIds,
  visibleToSql,
  worksFor,
} from "./visibility";
