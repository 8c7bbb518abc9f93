import { useSearchParams } from "react-router";
import { offsetParam } from "../components/sorting";

/**
 * A list's search, filters, order and page kept in the address bar, so a reload or a shared link shows the
 * same list. Any change other than moving to another page starts again from the first page; an empty value
 * takes the key out of the address. `push` keeps each change in the browser's history (Back undoes it).
 * `page` moves to the page that starts at an offset.
 */
export function useListParams({ push = false }: { push?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? "";
  const offset = Number(get("offset")) || 0;
  const set = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("offset" in changes)) next.delete("offset");
    setParams(next, { replace: !push });
  };
  const page = (to: number) => set({ offset: offsetParam(to) });
  return { get, offset, set, page };
}
