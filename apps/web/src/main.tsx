import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/charts/styles.css";
import "./app/focus.css";
import { DirectionProvider, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api/client";
import { FollowLanguageDirection } from "./app/FollowLanguageDirection";
import { router } from "./app/router";
import { cssVariablesResolver, theme } from "./app/theme";
import { languageReady } from "./i18n";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // refused requests (4xx) are answers, not glitches: only network and server failures are retried
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || error.retryable),
    },
  },
});

// the first screen comes in the language chosen last, its catalogue fetched first
void languageReady.then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <DirectionProvider
        initialDirection={document.documentElement.dir === "rtl" ? "rtl" : "ltr"}
        detectDirection
      >
        <FollowLanguageDirection />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </StrictMode>,
  ),
);
