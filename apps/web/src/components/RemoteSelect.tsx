import { MultiSelect, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  labelsOf,
  mergeOptions,
  type RemoteOption,
  type SearchWords,
  searchState,
  searchTerm,
  searchWords,
} from "./remoteOptions";

export type { RemoteOption, SearchWords };

export type RemoteSelectProps = One | Several;
/** A picker built on the select: its props without those it fills itself. */
export type PickerProps<K extends keyof Common> = Omit<One, K> | Omit<Several, K>;

interface Common {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  w?: number;
  /** what the server answers for a text; the query key names the list searched */
  search: (q: string) => Promise<RemoteOption[]>;
  queryKey: readonly unknown[];
  /** characters needed before searching; 0 offers the first ones before any typing */
  minLength?: number;
  staleTime?: number;
  /** names of values already known, such as the ones a saved record came with */
  labels?: Readonly<Record<string, string>>;
  /** the name of a chosen value that is not otherwise known (one read from the address bar, say) */
  lookup?: (value: string) => Promise<string | null>;
  /** what the list says while it offers nothing, as translation keys */
  words?: Partial<SearchWords>;
}

interface One extends Common {
  multiple?: false;
  value: string;
  onChange: (value: string, label: string) => void;
}

interface Several extends Common {
  multiple: true;
  value: string[];
  onChange: (values: string[], labels: Record<string, string>) => void;
}

/**
 * A searchable select whose options come from the server as the user types (lists too large to load
 * whole): debounced, keeping the last answer on screen while the next one loads. It picks one value, or
 * several with `multiple`; chosen values keep their names whatever the current search finds.
 */
export function RemoteSelect(props: RemoteSelectProps) {
  const { t } = useTranslation();
  const {
    label,
    description,
    error,
    required,
    w,
    search,
    queryKey,
    minLength = 2,
    staleTime = 0,
    labels = {},
    lookup,
  } = props;
  const words = { ...searchWords, ...props.words };
  const chosen = props.multiple ? props.value : props.value ? [props.value] : [];
  const [typed, setTyped] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const unknown = lookup ? chosen.filter((v) => !labels[v] && !picked[v]) : [];
  const lookups = useQueries({
    queries: unknown.map((v) => ({
      queryKey: [...queryKey, "label", v],
      queryFn: () => lookup!(v),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const known: Record<string, string> = { ...labels, ...picked };
  unknown.forEach((v, i) => {
    const name = lookups[i]?.data;
    if (name) known[v] = name;
  });
  const chosenLabel = !props.multiple && props.value ? known[props.value] : undefined;
  const [debounced] = useDebouncedValue(typed, 250);
  const term = searchTerm(debounced, chosenLabel, minLength);
  const found = useQuery({
    queryKey: [...queryKey, term],
    queryFn: () => search(term ?? ""),
    enabled: term !== null,
    placeholderData: keepPreviousData,
    staleTime,
  });
  const results = term === null ? [] : (found.data ?? []);
  const options = mergeOptions(chosen, known, results);
  const hints = new Map(options.filter((o) => o.hint).map((o) => [o.value, o.hint]));
  const nothingFound = t(
    words[searchState({ active: term !== null, failed: found.isError, fetching: found.isFetching })],
  );
  const remember = (values: string[]) =>
    setPicked((p) => ({ ...p, ...labelsOf(options.filter((o) => values.includes(o.value))) }));
  const shared = {
    label,
    description,
    required,
    error,
    w,
    searchable: true,
    data: options.map(({ value, label }) => ({ value, label })),
    searchValue: typed,
    onSearchChange: setTyped,
    nothingFoundMessage: nothingFound,
    renderOption:
      hints.size > 0
        ? ({ option }: { option: { value: string; label: string } }) => (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {hints.get(option.value) && (
                <Text size="xs" c="dimmed">
                  {hints.get(option.value)}
                </Text>
              )}
            </Stack>
          )
        : undefined,
  };
  if (props.multiple) {
    const listed = new Set(results.map((o) => o.value));
    return (
      <MultiSelect
        {...shared}
        value={props.value}
        onChange={(values) => {
          remember(values);
          props.onChange(values, { ...known, ...labelsOf(options) });
        }}
        // the server has searched; chosen values stay in the data for their names but are listed only when found
        filter={({ options: all }) => all.filter((o) => "value" in o && listed.has(o.value))}
      />
    );
  }
  const onChange = props.onChange;
  return (
    <Select
      {...shared}
      clearable={!required}
      value={props.value || null}
      onChange={(value, option) => {
        if (value) remember([value]);
        onChange(value ?? "", option?.label ?? "");
      }}
      filter={({ options: all }) => all}
    />
  );
}
