import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  { path: "admin", lazy: () => import("./components/AdminPage").then((m) => ({ Component: m.AdminPage })) },
  {
    path: "text-messages",
    lazy: () => import("./components/TextMessagesPage").then((m) => ({ Component: m.TextMessagesPage })),
  },
];
