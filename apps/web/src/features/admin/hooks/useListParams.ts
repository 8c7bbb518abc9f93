import { useSearchParams } from "react-router";

/**
 * A list's search, order and page kept in the address bar, so a reload or a shared link shows the same
 * list. Any change other than moving to another page starts again from the first page.
 */
export function useListParams<const S extends readonly string[]>(sorts: S) {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? "";
  const asked = get("sort");
  const sort: S[number] = sorts.includes(asked) ? asked : sorts[0]!;
  const offset = Number(get("offset")) || 0;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("offset" in changes)) next.delete("offset");
    setParams(next, { replace: true });
  };
  return { get, sort, offset, set };
}
