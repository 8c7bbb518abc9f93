export * from "./relations";
export {
  canSeePerson,
  isCaseLead,
  leadsPerson,
  organisationSeesSql,
  sideOf,
  type VisibilityScope,
  visiblePersonIds,
  visibleToSql,
  worksFor,
} from "./visibility";
