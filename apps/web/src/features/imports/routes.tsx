import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "imports",
    lazy: () => import("./components/ImportsPage").then((m) => ({ Component: m.ImportsPage })),
  },
  {
    path: "imports/:id",
    lazy: () => import("./components/ImportPage").then((m) => ({ Component: m.ImportPage })),
  },
];
