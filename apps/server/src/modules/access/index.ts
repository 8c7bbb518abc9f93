export * from "./relations";
export {
  canSeePerson,
  isCaseLead,
  leadsPerson,
  sideOf,
  visiblePersonIds,
  visibleToSql,
  worksFor,
} from "./visibility";
