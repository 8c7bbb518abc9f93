/** The workspace's sections and who sees them. */
export const sections = [
  { path: "/", key: "home", roles: ["admin", "case_manager", "counsellor", "provider"] },
  { path: "/cases", key: "cases", roles: ["admin", "case_manager", "counsellor", "provider"] },
  { path: "/persons", key: "persons", roles: ["admin", "case_manager", "counsellor"] },
  { path: "/register", key: "register", roles: ["admin", "case_manager", "counsellor"] },
  { path: "/inbox", key: "inbox", roles: ["admin", "case_manager", "counsellor", "provider"] },
  {
    path: "/directory",
    key: "directory",
    roles: ["admin", "case_manager", "counsellor", "provider", "analyst", "employer"],
  },
  { path: "/programmes", key: "programmes", roles: ["admin", "case_manager", "counsellor", "provider"] },
  { path: "/admin", key: "admin", roles: ["admin"] },
] as const;
