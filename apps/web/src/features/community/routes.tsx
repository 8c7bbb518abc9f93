import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "community/events",
    lazy: () => import("./components/EventsPage").then((m) => ({ Component: m.EventsPage })),
  },
  {
    path: "community/groups",
    lazy: () => import("./components/GroupsPage").then((m) => ({ Component: m.GroupsPage })),
  },
  {
    path: "community/board",
    lazy: () => import("./components/BoardPage").then((m) => ({ Component: m.BoardPage })),
  },
];
