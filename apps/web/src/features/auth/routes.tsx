import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "account",
    lazy: () => import("./components/AccountPage").then((m) => ({ Component: m.AccountPage })),
  },
];
