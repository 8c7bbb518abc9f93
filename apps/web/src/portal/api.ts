import { ApiError, answer, client, type QueryOf, type RequestBody, type Schema } from "../api/client";

export { ApiError } from "../api/client";
export type FeedbackInput = RequestBody<"/api/v1/feedback", "post">;
export type FeedbackReceipt = Schema<"FeedbackReceipt">;
export type FeedbackStatusView = Schema<"FeedbackStatusView">;
export type PortalService = Schema<"PortalService">;
export type PortalOrganisation = Schema<"PortalOrganisation">;
export type PortalArea = Schema<"PortalArea">;

export const sendFeedback = (body: FeedbackInput) => answer(client.POST("/api/v1/feedback", { body }));
export const feedbackStatus = (reference: string) =>
  answer(client.POST("/api/v1/feedback/status", { body: { reference } }));
export const findServices = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/services", { params: { query: { q, limit: 8 } } }))).items;
export const findOrganisations = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/organisations", { params: { query: { q, limit: 8 } } }))).items;
export const findDistricts = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/districts", { params: { query: { q, limit: 8 } } }))).items;
/** Districts found by a few words, as choices: the district, its division or province beside it. */
export const districtChoices = async (q: string) =>
  (await findDistricts(q)).map((a) => ({
    id: a.code,
    label: a.name,
    ...(a.parentName ? { hint: a.parentName } : {}),
  }));

// ---- the returnee's own account -------------------------------------------------------------------------
export type PortalMe = Schema<"PortalMe">;
export type CodeSent = Schema<"CodeSent">;
export type SelfProfileInput = RequestBody<"/api/v1/portal/me/profile", "post">;
export type PhoneCountry = NonNullable<RequestBody<"/api/v1/portal/account", "post">["country"]>;
export type Language = RequestBody<"/api/v1/portal/me/language", "put">["language"];

const signedInKey = "hc.portal.signedIn";
/** Whether this tab signed in to an account: the header offers the account rather than signing in. */
export const signedIn = () => sessionStorage.getItem(signedInKey) === "1";
const remember = (me: PortalMe | null) => {
  if (me) sessionStorage.setItem(signedInKey, "1");
  else sessionStorage.removeItem(signedInKey);
  return me;
};

export const registerAccount = (body: RequestBody<"/api/v1/portal/account", "post">) =>
  answer(client.POST("/api/v1/portal/account", { body }));
export const verifyPhone = async (body: RequestBody<"/api/v1/portal/account/verify", "post">) =>
  remember(await answer(client.POST("/api/v1/portal/account/verify", { body })))!;
export const sendNewCode = (body: RequestBody<"/api/v1/portal/account/code", "post">) =>
  answer(client.POST("/api/v1/portal/account/code", { body }));
export const askPasswordReset = (body: RequestBody<"/api/v1/portal/account/password-reset", "post">) =>
  answer(client.POST("/api/v1/portal/account/password-reset", { body }));
export const setNewPassword = async (body: RequestBody<"/api/v1/portal/account/password", "post">) =>
  remember(await answer(client.POST("/api/v1/portal/account/password", { body })))!;

/** Signs in: the account, or where a code went when the phone was never proven (202). */
export async function signIn(
  body: RequestBody<"/api/v1/portal/sign-in", "post">,
): Promise<{ me: PortalMe } | { code: CodeSent }> {
  const answered: PortalMe | CodeSent = await answer(client.POST("/api/v1/portal/sign-in", { body }));
  if ("sentTo" in answered) return { code: answered };
  remember(answered);
  return { me: answered };
}

export async function signOut() {
  await answer(client.POST("/api/v1/portal/sign-out"));
  remember(null);
}

/** The signed-in returnee, or null when no one is signed in (or the session ran out). */
export async function currentReturnee(): Promise<PortalMe | null> {
  try {
    return remember(await answer(client.GET("/api/v1/portal/me")));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return remember(null);
    throw error;
  }
}

export const giveProfile = (body: SelfProfileInput) =>
  answer(client.POST("/api/v1/portal/me/profile", { body }));
export const keepLanguage = (language: Language) =>
  answer(client.PUT("/api/v1/portal/me/language", { body: { language } }));

// ---- find help --------------------------------------------------------------------------------------------
export type HelpService = Schema<"HelpService">;
export type HelpProgramme = Schema<"HelpProgramme">;
export type HelpServiceDetail = Schema<"HelpServiceDetail">;
export type HelpProgrammeDetail = Schema<"HelpProgrammeDetail">;
export type SelfCheckResult = Schema<"SelfCheckResult">;
export type SelfCheckAnswers = Schema<"SelfCheckAnswers">;
export type SelfCheckQuestion = Schema<"SelfCheckQuestion">;
export type HelpQuery = QueryOf<"/api/v1/portal/help/services", "get">;

export const findHelpServices = (query: HelpQuery) =>
  answer(client.GET("/api/v1/portal/help/services", { params: { query } }));
export const findHelpProgrammes = (query: Omit<HelpQuery, "q" | "limit" | "offset">) =>
  answer(client.GET("/api/v1/portal/help/programmes", { params: { query } }));
export const helpService = (id: string, language: Language) =>
  answer(client.GET("/api/v1/portal/help/services/{id}", { params: { path: { id }, query: { language } } }));
export const helpProgramme = (id: string, language: Language) =>
  answer(
    client.GET("/api/v1/portal/help/programmes/{id}", { params: { path: { id }, query: { language } } }),
  );
export const checkService = (id: string, answers: SelfCheckAnswers) =>
  answer(
    client.POST("/api/v1/portal/help/services/{id}/check", { params: { path: { id } }, body: { answers } }),
  );
export const checkProgramme = (id: string, answers: SelfCheckAnswers) =>
  answer(
    client.POST("/api/v1/portal/help/programmes/{id}/check", { params: { path: { id } }, body: { answers } }),
  );

// ---- my case ------------------------------------------------------------------------------------------------
export type MyCase = Schema<"MyCase">;
export type OpenCallBack = Schema<"OpenCallBack">;
export type CallBackTime = OpenCallBack["preferredTime"];
export const myCase = (language: Language) =>
  answer(client.GET("/api/v1/portal/me/case", { params: { query: { language } } }));
export const askCallBack = (body: RequestBody<"/api/v1/portal/me/call-back", "post">) =>
  answer(client.POST("/api/v1/portal/me/call-back", { body }));

// ---- my data --------------------------------------------------------------------------------------------------
export type MyData = Schema<"MyData">;
export type AccessLog = Schema<"AccessLog">;
export type MyConsents = Schema<"MyConsents">;
export const myData = (language: Language) =>
  answer(client.GET("/api/v1/portal/me/data", { params: { query: { language } } }));
export const accessLog = (before?: number) =>
  answer(
    client.GET("/api/v1/portal/me/access-log", {
      params: { query: { limit: 30, ...(before ? { before } : {}) } },
    }),
  );
export const myConsents = () => answer(client.GET("/api/v1/portal/me/consents"));
export const withdrawConsent = (id: string, reason?: string) =>
  answer(
    client.POST("/api/v1/portal/me/consents/{id}/withdraw", {
      params: { path: { id } },
      body: reason ? { reason } : {},
    }),
  );

// ---- the community ------------------------------------------------------------------------------------------
export type PortalEvent = Schema<"PortalEvent">;
export type PortalGroup = Schema<"PortalGroup">;
export type PublicQuestion = Schema<"PublicQuestion">;
export type PublicQuestionDetail = Schema<"PublicQuestionDetail">;
export type OwnQuestion = Schema<"OwnQuestion">;
export type MyQuestions = Schema<"MyQuestions">;
export type MyEvents = Schema<"MyEvents">;
export type QuestionTopic = PublicQuestion["topic"];
export type QuestionsQuery = QueryOf<"/api/v1/portal/community/questions", "get">;

export const comingEvents = (area: string | undefined, language: Language) =>
  answer(
    client.GET("/api/v1/portal/community/events", {
      params: { query: { language, ...(area ? { area } : {}) } },
    }),
  );
export const communityEvent = (id: string, language: Language) =>
  answer(
    client.GET("/api/v1/portal/community/events/{id}", { params: { path: { id }, query: { language } } }),
  );
export const groupsNear = (area: string | undefined, language: Language) =>
  answer(
    client.GET("/api/v1/portal/community/groups", {
      params: { query: { language, ...(area ? { area } : {}) } },
    }),
  );
export const findQuestions = (query: QuestionsQuery) =>
  answer(client.GET("/api/v1/portal/community/questions", { params: { query } }));
export const communityQuestion = (id: string) =>
  answer(client.GET("/api/v1/portal/community/questions/{id}", { params: { path: { id } } }));
export const myEvents = (language: Language) =>
  answer(client.GET("/api/v1/portal/me/events", { params: { query: { language } } }));
export const registerForEvent = (id: string) =>
  answer(client.POST("/api/v1/portal/me/events/{id}/registration", { params: { path: { id } } }));
export const cancelRegistration = (id: string) =>
  answer(client.POST("/api/v1/portal/me/events/{id}/cancel", { params: { path: { id } } }));
export const myQuestions = () => answer(client.GET("/api/v1/portal/me/questions"));
export const askQuestion = (body: RequestBody<"/api/v1/portal/me/questions", "post">) =>
  answer(client.POST("/api/v1/portal/me/questions", { body }));
export const answerQuestion = (id: string, body: string) =>
  answer(
    client.POST("/api/v1/portal/me/questions/{id}/answers", { params: { path: { id } }, body: { body } }),
  );
