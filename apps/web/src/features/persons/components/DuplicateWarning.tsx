import { Alert, Anchor, List, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { checkDuplicates, type DuplicateProbe } from "../api/persons";

/** Earlier registrations that look like the person being typed, checked a moment after typing stops. */
export function DuplicateWarning({ probe }: { probe: DuplicateProbe | null }) {
  const { t, i18n } = useTranslation();
  // debounced as text: a new but equal probe on each render must not restart the wait
  const [debouncedText] = useDebouncedValue(JSON.stringify(probe), 600);
  const debounced = JSON.parse(debouncedText) as DuplicateProbe | null;
  const check = useQuery({
    queryKey: ["persons", "duplicate-check", debounced],
    queryFn: () => checkDuplicates(debounced!),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const matches = debounced ? (check.data?.possibleDuplicates ?? []) : [];
  // matches held by organisations that do not share the record are only counted
  const elsewhere = debounced ? (check.data?.heldElsewhere.count ?? 0) : 0;
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  return (
    <div aria-live="polite">
      {matches.length + elsewhere > 0 && (
        <Alert
          variant="outline"
          color="orange"
          title={t("persons.duplicates.title", { count: matches.length + elsewhere })}
          // the light yellow fill leaves the title and links below AA contrast; an outline keeps a white ground
          styles={{
            title: { color: "var(--mantine-color-text)" },
            message: { color: "var(--mantine-color-text)" },
          }}
        >
          <Text size="sm" mb="xs">
            {t("persons.duplicates.intro")}
          </Text>
          <List spacing="xs" size="sm">
            {matches.map((m) => (
              <List.Item key={m.personId}>
                <Text span fw={600} size="sm">
                  {m.displayName}
                </Text>{" "}
                {t("persons.duplicates.score", { score: percent.format(m.score) })}{" "}
                {m.reasons.map((r) => t(`persons.duplicates.reason.${r}`, { defaultValue: r })).join(", ")}
                {" — "}
                <Anchor component={Link} to={`/persons/${m.personId}`}>
                  {t("persons.duplicates.open", { name: m.displayName })}
                </Anchor>
              </List.Item>
            ))}
            {elsewhere > 0 && (
              <List.Item>{t("persons.duplicates.heldElsewhere", { count: elsewhere })}</List.Item>
            )}
          </List>
        </Alert>
      )}
    </div>
  );
}
