import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "persons",
    lazy: () => import("./components/PersonSearchPage").then((m) => ({ Component: m.PersonSearchPage })),
  },
  {
    path: "register",
    lazy: () => import("./components/RegisterPage").then((m) => ({ Component: m.RegisterPage })),
  },
  {
    path: "record-requests",
    lazy: () => import("./components/RecordRequestsPage").then((m) => ({ Component: m.RecordRequestsPage })),
  },
  {
    path: "self-registrations",
    lazy: () =>
      import("./components/SelfRegistrationsPage").then((m) => ({ Component: m.SelfRegistrationsPage })),
  },
  {
    path: "duplicates",
    lazy: () => import("./components/ReviewQueuePage").then((m) => ({ Component: m.ReviewQueuePage })),
  },
  {
    path: "persons/:id",
    lazy: () => import("./components/PersonPage").then((m) => ({ Component: m.PersonPage })),
  },
];
