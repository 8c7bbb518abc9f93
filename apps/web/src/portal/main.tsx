import "./portal.css";
import { lazy, StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { initialLanguage } from "../i18n/languages";
import { askEarly } from "./help/found";
import { OfferPage } from "./help/Offer";
import { Results } from "./help/Results";
import { languageReady } from "./i18n";
import { Layout } from "./Layout";
import { FeedbackFlow } from "./pages/FeedbackFlow";
import { Home } from "./pages/Home";
import { NotFound } from "./pages/NotFound";
import { StatusPage } from "./pages/StatusPage";

// the account's pages, fetched when first opened: the front door and a complaint never wait for them
const account = () => import("./account/pages");
const RegisterFlow = lazy(async () => ({ default: (await account()).RegisterFlow }));
const SignIn = lazy(async () => ({ default: (await account()).SignIn }));
const PasswordReset = lazy(async () => ({ default: (await account()).PasswordReset }));
const Account = lazy(async () => ({ default: (await account()).Account }));
const ProfileFlow = lazy(async () => ({ default: (await account()).ProfileFlow }));
const MyData = lazy(async () => ({ default: (await account()).MyData }));
const Consents = lazy(async () => ({ default: (await account()).Consents }));
const AccessLog = lazy(async () => ({ default: (await account()).AccessLog }));

// the community's pages, fetched when first opened
const together = () => import("./community/pages");
const Community = lazy(async () => ({ default: (await together()).Community }));
const EventPage = lazy(async () => ({ default: (await together()).EventPage }));
const Questions = lazy(async () => ({ default: (await together()).Questions }));
const QuestionPage = lazy(async () => ({ default: (await together()).QuestionPage }));
const Ask = lazy(async () => ({ default: (await together()).Ask }));
const Mine = lazy(async () => ({ default: (await together()).Mine }));

// the service finder's questions and the eligibility check, fetched when first opened; what it found and
// each offer come with the first load, as a link to them is what gets passed on
const finder = () => import("./help/pages");
const FindHelp = lazy(async () => ({ default: (await finder()).FindHelp }));
const CheckPage = lazy(async () => ({ default: (await finder()).CheckPage }));

// a results page opened first asks its question beside its code and words
if (location.pathname === "/portal/help/results")
  askEarly(new URLSearchParams(location.search), initialLanguage(true));

// the first page comes in the language chosen last, its words fetched first
void languageReady.then(() =>
  // drawn in slices, so that a slow phone answers a tap while the first page is drawn
  startTransition(() =>
    createRoot(document.getElementById("root")!).render(
      <StrictMode>
        <BrowserRouter basename="/portal">
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route path="feedback" element={<FeedbackFlow />} />
              <Route path="status" element={<StatusPage />} />
              <Route path="help" element={<FindHelp />} />
              <Route path="help/results" element={<Results />} />
              <Route path="help/service/:id" element={<OfferPage kind="service" />} />
              <Route path="help/programme/:id" element={<OfferPage kind="programme" />} />
              <Route path="help/service/:id/check" element={<CheckPage kind="service" />} />
              <Route path="help/programme/:id/check" element={<CheckPage kind="programme" />} />
              <Route path="community" element={<Community />} />
              <Route path="community/events/:id" element={<EventPage />} />
              <Route path="community/questions" element={<Questions />} />
              <Route path="community/questions/:id" element={<QuestionPage />} />
              <Route path="community/ask" element={<Ask />} />
              <Route path="community/mine" element={<Mine />} />
              <Route path="register" element={<RegisterFlow />} />
              <Route path="sign-in" element={<SignIn />} />
              <Route path="password" element={<PasswordReset />} />
              <Route path="account" element={<Account />} />
              <Route path="account/profile" element={<ProfileFlow />} />
              <Route path="account/data" element={<MyData />} />
              <Route path="account/consents" element={<Consents />} />
              <Route path="account/access-log" element={<AccessLog />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </StrictMode>,
    ),
  ),
);
