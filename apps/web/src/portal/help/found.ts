import { findHelpProgrammes, findHelpServices, type HelpQuery, type Language } from "../api";

// What the service finder found for a need near a district. When the portal opens on the results page (a link
// given out, a page bookmarked), the question is asked as the portal starts, beside the page's own code, not
// after it: on a slow phone that is a round trip less before the answer shows.

/** Services shown at first (more on request). */
export const firstServices = 20;

export type HelpFilter = Pick<HelpQuery, "need" | "area" | "language">;

/** The results page's question, from its address. */
export function filterOf(params: URLSearchParams, language: Language): HelpFilter {
  const need = (params.get("need") ?? undefined) as HelpQuery["need"];
  const area = params.get("area") ?? undefined;
  return { ...(need ? { need } : {}), ...(area ? { area } : {}), language };
}

const ask = (filter: HelpFilter, limit: number) =>
  Promise.all([findHelpServices({ ...filter, limit }), findHelpProgrammes(filter)]).then(
    ([services, programmes]) => ({ services, programmes: programmes.items }),
  );

const keyOf = (filter: HelpFilter, limit: number) =>
  JSON.stringify([filter.need, filter.area, filter.language, limit]);

let early: { key: string; answer: ReturnType<typeof ask> } | undefined;

/** Asks the question of the address the portal opened on, before its page is here. */
export function askEarly(params: URLSearchParams, language: Language) {
  const filter = filterOf(params, language);
  const answer = ask(filter, firstServices);
  // a failure is the page's to show, when it asks
  answer.catch(() => undefined);
  early = { key: keyOf(filter, firstServices), answer };
}

/** The services (the first `limit`) and open programmes for a question: the early answer once, if it is the same question. */
export function helpFound(filter: HelpFilter, limit: number) {
  const key = keyOf(filter, limit);
  const taken = early?.key === key ? early.answer : undefined;
  early = undefined;
  return taken ?? ask(filter, limit);
}
