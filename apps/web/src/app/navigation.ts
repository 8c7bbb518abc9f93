/** The workspace's sections, each shown to users whose roles allow the action its screen is built on (GET /me). */
export const sections = [
  { path: "/", key: "home", action: "case.list" },
  { path: "/cases", key: "cases", action: "case.list" },
  { path: "/call-backs", key: "callBacks", action: "call_back.list" },
  { path: "/persons", key: "persons", action: "person.register" },
  { path: "/register", key: "register", action: "person.register" },
  { path: "/self-registrations", key: "selfRegistrations", action: "person.self_registrations" },
  { path: "/imports", key: "imports", action: "import.create" },
  { path: "/inbox", key: "inbox", action: "referral.list" },
  { path: "/record-requests", key: "recordRequests", action: "record_request.inbox" },
  { path: "/duplicates", key: "duplicates", action: "link_candidate.list" },
  { path: "/directory", key: "directory", action: "service.search" },
  { path: "/programmes", key: "programmes", action: "enrolment.list" },
  { path: "/feedback", key: "feedback", action: "feedback.list" },
  { path: "/indicators", key: "indicators", action: "indicator.read" },
  { path: "/admin", key: "admin", action: "organisation.create" },
  { path: "/text-messages", key: "textMessages", action: "sms.read" },
] as const;
