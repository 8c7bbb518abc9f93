import { createBrowserRouter, type RouteObject } from "react-router";
import { LoginPage } from "../features/auth/components/LoginPage";
import { RecoverPage } from "../features/auth/components/RecoverPage";
import { RequireAuth } from "../features/auth/components/RequireAuth";
import { AppLayout } from "./AppLayout";
import { NotFound } from "./NotFound";

// each feature declares its own screens in features/<feature>/routes.tsx (lazily loaded components)
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteObject[] }>("../features/*/routes.tsx", { eager: true }),
).flatMap((m) => m.routes);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  { path: "/recover", element: <RecoverPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [...featureRoutes, { path: "*", element: <NotFound /> }],
  },
]);
