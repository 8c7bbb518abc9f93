import { Alert, Anchor, Badge, Group, List, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../../i18n/languages";
import { checkDuplicates, type DuplicateProbe, type PossibleDuplicate } from "../api/persons";

type Reason = PossibleDuplicate["reasonsFor"][number];

/** One reason in the reader's language, with what agreed or differed. */
function ReasonText({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  const words = t(`persons.duplicates.reason.${reason.code}`, { defaultValue: reason.text });
  return <>{reason.detail ? `${words} (${reason.detail})` : words}</>;
}

/** The evidence on one side, strongest first, after its label; nothing when there is none. */
function Reasons({ label, reasons }: { label: string; reasons: Reason[] }) {
  if (!reasons.length) return null;
  return (
    <Text size="sm">
      {label}{" "}
      {reasons.map((r, i) => (
        <span key={r.code}>
          {i > 0 && "; "}
          <ReasonText reason={r} />
        </span>
      ))}
    </Text>
  );
}

/** A possible earlier registration: its level, probability and the evidence for and against. */
export function DuplicateMatch({ match }: { match: PossibleDuplicate }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent" });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text span fw={600} size="sm">
          {match.displayName}
        </Text>
        <Badge variant="filled" color={match.level === "likely" ? "red.9" : "orange.9"} miw="max-content">
          {t(`persons.duplicates.level.${match.level}`)}
        </Badge>
        <Text span size="sm">
          {t("persons.duplicates.probability", { probability: percent.format(match.probability) })}
        </Text>
      </Group>
      <Reasons label={t("persons.duplicates.for")} reasons={match.reasonsFor} />
      <Reasons label={t("persons.duplicates.against")} reasons={match.reasonsAgainst} />
    </Stack>
  );
}

/** Earlier registrations that may be the person being typed, checked a moment after typing stops. */
export function DuplicateWarning({ probe }: { probe: DuplicateProbe | null }) {
  const { t } = useTranslation();
  // debounced as text: a new but equal probe on each render must not restart the wait
  const [debouncedText] = useDebouncedValue(JSON.stringify(probe), 400);
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
  const likely = matches.some((m) => m.level === "likely");
  return (
    <div aria-live="polite">
      {matches.length + elsewhere > 0 && (
        <Alert
          variant="outline"
          color={likely ? "red" : "orange"}
          title={t(likely ? "persons.duplicates.titleLikely" : "persons.duplicates.title", {
            count: matches.length + elsewhere,
          })}
          // the light yellow fill leaves the title and links below AA contrast; an outline keeps a white ground
          styles={{
            title: { color: "var(--mantine-color-text)" },
            message: { color: "var(--mantine-color-text)" },
          }}
        >
          <Text size="sm" mb="xs">
            {t("persons.duplicates.intro")}
          </Text>
          <List spacing="sm" size="sm">
            {matches.map((m) => (
              <List.Item key={m.personId}>
                <DuplicateMatch match={m} />
                <Anchor component={Link} to={`/persons/${m.personId}`} size="sm">
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
