export * from "./relations";
export {
  canSeePerson,
  isCaseLead,
  leadsPerson,
  organisationMayHaveSeenSql,
  organisationSeesSql,
  sideOf,
  type VisibilityScope,
  visiblePersonIds,
  visibleToSql,
  worksFor,
} from "./visibility";
