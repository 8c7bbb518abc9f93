import { useQuery } from "@tanstack/react-query";
import { listLanguages } from "../api/directory";

/** The languages a service can be offered in, with their names; one short list, loaded once. */
export function useLanguages() {
  const languages = useQuery({
    queryKey: ["reference", "languages"],
    queryFn: listLanguages,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const names = new Map((languages.data?.items ?? []).map((l) => [l.code, l.name]));
  return {
    options: (languages.data?.items ?? []).map((l) => ({ value: l.code, label: l.name })),
    nameOf: (code: string) => names.get(code) ?? code,
    isError: languages.isError,
  };
}
