import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "feedback",
    lazy: () => import("./components/FeedbackListPage").then((m) => ({ Component: m.FeedbackListPage })),
  },
  {
    path: "feedback/new",
    lazy: () => import("./components/NewFeedbackPage").then((m) => ({ Component: m.NewFeedbackPage })),
  },
  {
    path: "feedback/:id",
    lazy: () => import("./components/FeedbackPage").then((m) => ({ Component: m.FeedbackPage })),
  },
];
