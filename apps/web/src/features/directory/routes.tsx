import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "directory",
    lazy: () => import("./components/DirectoryPage").then((m) => ({ Component: m.DirectoryPage })),
  },
  {
    path: "directory/new",
    lazy: () => import("./components/NewServicePage").then((m) => ({ Component: m.NewServicePage })),
  },
  {
    path: "directory/:id",
    lazy: () => import("./components/ServicePage").then((m) => ({ Component: m.ServicePage })),
  },
];
