import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "programmes",
    lazy: () => import("./components/ProgrammeListPage").then((m) => ({ Component: m.ProgrammeListPage })),
  },
  {
    path: "programmes/new",
    lazy: () => import("./components/NewProgrammePage").then((m) => ({ Component: m.NewProgrammePage })),
  },
  {
    path: "programmes/:id",
    lazy: () => import("./components/ProgrammePage").then((m) => ({ Component: m.ProgrammePage })),
  },
];
