import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  { path: "admin", lazy: () => import("./components/AdminPage").then((m) => ({ Component: m.AdminPage })) },
];
