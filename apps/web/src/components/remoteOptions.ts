/** One choice of a remote-search select: the value it stands for, how it reads, and an optional second line. */
export interface RemoteOption {
  value: string;
  label: string;
  hint?: string;
}

/** What a remote-search select says while it offers nothing to pick, as translation keys. */
export interface SearchWords {
  typeMore: string;
  failed: string;
  searching: string;
  nothing: string;
}

export const searchWords: SearchWords = {
  typeMore: "common.picker.typeMore",
  failed: "common.picker.failed",
  searching: "common.picker.searching",
  nothing: "common.picker.nothing",
};

/**
 * The text to search the server for, or null when there is nothing to search: the typed text, trimmed,
 * once it has `minLength` characters. The label of the option already chosen fills the box after a pick:
 * that is not a search, so it counts as an empty text.
 */
export function searchTerm(typed: string, chosenLabel: string | undefined, minLength: number): string | null {
  const text = typed.trim();
  const term = chosenLabel !== undefined && text === chosenLabel.trim() ? "" : text;
  return term.length >= minLength ? term : null;
}

/**
 * The options a select holds: the chosen values first, each with its name when one is known (its value
 * otherwise), then the options found that are not chosen, each value once.
 */
export function mergeOptions(
  chosen: readonly string[],
  labels: Readonly<Record<string, string>>,
  found: readonly RemoteOption[],
): RemoteOption[] {
  const byValue = new Map(found.map((o) => [o.value, o]));
  const first = chosen
    .filter((v) => v !== "")
    .map((v) => byValue.get(v) ?? { value: v, label: labels[v] ?? v });
  const taken = new Set(first.map((o) => o.value));
  const rest: RemoteOption[] = [];
  for (const o of found) {
    if (taken.has(o.value)) continue;
    taken.add(o.value);
    rest.push(o);
  }
  return [...first, ...rest];
}

/** Which of the words a select shows while its list is empty. */
export function searchState({
  active,
  failed,
  fetching,
}: {
  active: boolean;
  failed: boolean;
  fetching: boolean;
}): keyof SearchWords {
  if (!active) return "typeMore";
  if (failed) return "failed";
  return fetching ? "searching" : "nothing";
}

/** The names of options, by value, to remember those the user picked. */
export const labelsOf = (options: readonly RemoteOption[]): Record<string, string> =>
  Object.fromEntries(options.map((o) => [o.value, o.label]));
