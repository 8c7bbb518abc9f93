import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "cases",
    lazy: () => import("./components/CaseListPage").then((m) => ({ Component: m.CaseListPage })),
  },
  {
    path: "call-backs",
    lazy: () => import("./components/CallBacksPage").then((m) => ({ Component: m.CallBacksPage })),
  },
  {
    path: "cases/:id",
    lazy: () => import("./components/CasePage").then((m) => ({ Component: m.CasePage })),
  },
];
