import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "indicators",
    lazy: () => import("./components/OverviewPage").then((m) => ({ Component: m.OverviewPage })),
  },
  {
    path: "indicators/report",
    lazy: () => import("./components/ReportPage").then((m) => ({ Component: m.ReportPage })),
  },
  {
    path: "indicators/dimensions/:dimension",
    lazy: () => import("./components/DimensionPage").then((m) => ({ Component: m.DimensionPage })),
  },
  {
    path: "indicators/:code/cases",
    lazy: () => import("./components/CasesBehindPage").then((m) => ({ Component: m.CasesBehindPage })),
  },
  {
    path: "indicators/:code",
    lazy: () => import("./components/IndicatorPage").then((m) => ({ Component: m.IndicatorPage })),
  },
];
