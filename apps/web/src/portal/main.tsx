import "./portal.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { languageReady } from "./i18n";
import { Layout } from "./Layout";
import { FeedbackFlow } from "./pages/FeedbackFlow";
import { Home } from "./pages/Home";
import { NotFound } from "./pages/NotFound";
import { StatusPage } from "./pages/StatusPage";

// the first page comes in the language chosen last, its words fetched first
void languageReady.then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <BrowserRouter basename="/portal">
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="feedback" element={<FeedbackFlow />} />
            <Route path="status" element={<StatusPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </StrictMode>,
  ),
);
