import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "cases",
    lazy: () => import("./components/CaseListPage").then((m) => ({ Component: m.CaseListPage })),
  },
  {
    path: "cases/:id",
    lazy: () => import("./components/CasePage").then((m) => ({ Component: m.CasePage })),
  },
];
