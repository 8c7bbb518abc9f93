import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  { path: "inbox", lazy: () => import("./components/InboxPage").then((m) => ({ Component: m.InboxPage })) },
];
