import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

/**
 * Options searched on the server as the user types (lists too large to load whole): from two characters,
 * debounced, keeping the last answer on screen while the next one loads. `unchanged` is text that needs
 * no search, such as the label of the option already chosen.
 */
export function useRemoteSearch<T>({
  queryKey,
  typed,
  search,
  unchanged,
}: {
  queryKey: readonly unknown[];
  typed: string;
  search: (q: string) => Promise<T[]>;
  unchanged?: string;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(typed.trim(), 250);
  const active = debounced !== unchanged && debounced.length >= 2;
  const results = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced),
    enabled: active,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
  const nothingFound =
    active && !results.isFetching
      ? results.isError
        ? t("persons.picker.failed")
        : t("persons.picker.nothing")
      : t("persons.picker.typeMore");
  return { options: results.data ?? [], nothingFound };
}
