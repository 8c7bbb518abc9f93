import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import type { Person } from "../api/persons";
import { AreaName } from "./AreaName";

function ageOf(p: Person, now: Date): number | null {
  if (p.birthDate) {
    const [y, m, d] = p.birthDate.split("-").map(Number) as [number, number, number];
    const birthdayPassed = now.getMonth() + 1 > m || (now.getMonth() + 1 === m && now.getDate() >= d);
    return now.getFullYear() - y - (birthdayPassed ? 0 : 1);
  }
  return p.birthYear ? now.getFullYear() - p.birthYear : null;
}

/** Who this is at a glance: names in both scripts, sex, age and home district. */
export function PersonHeader({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const age = ageOf(person, new Date());
  const name = [person.givenName, person.familyName].filter(Boolean).join(" ");
  return (
    <Stack gap={4}>
      <Title order={1}>
        {person.nameNative ? (
          <>
            <span dir="auto">{person.nameNative}</span>
            <Text span inherit c="dimmed" fw={400}>
              {" · "}
              {name}
            </Text>
          </>
        ) : (
          name
        )}
      </Title>
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t(`persons.sex.${person.sex}`, { defaultValue: person.sex })}
        </Badge>
        {age !== null && (
          <Text size="sm">
            {person.birthDate
              ? t("persons.age", { age: new Intl.NumberFormat(intlLocale(i18n.language)).format(age) })
              : t("persons.ageAbout", { age: new Intl.NumberFormat(intlLocale(i18n.language)).format(age) })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          <AreaName code={person.adminAreaCode} />
        </Text>
      </Group>
    </Stack>
  );
}
