import { Card, SimpleGrid, Table, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fetchIsced, fetchLanguages } from "../../../api/reference";
import { intlLocale } from "../../../i18n/languages";
import type { Person } from "../api/persons";
import { AreaName } from "./AreaName";

function Section({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="45%">
                {label}
              </Table.Th>
              <Table.Td dir="auto">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Every section of the profile, with "not given" where nothing was recorded. */
export function ProfileTab({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const isced = useQuery({ queryKey: ["reference", "isced"], queryFn: fetchIsced, staleTime: Infinity });
  const languages = useQuery({
    queryKey: ["reference", "languages"],
    queryFn: fetchLanguages,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const none = t("persons.notGiven");
  const num = new Intl.NumberFormat(intlLocale(i18n.language));
  const yesNo = (b: boolean | undefined) => (b === undefined ? none : b ? t("persons.yes") : t("persons.no"));
  const birth = person.birthDate
    ? new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "long" }).format(
        new Date(person.birthDate),
      )
    : person.birthYear
      ? t("persons.bornIn", { year: person.birthYear })
      : none;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Section
        title={t("persons.step.identity")}
        rows={[
          [t("persons.field.givenName"), person.givenName],
          [t("persons.field.familyName"), person.familyName || none],
          [t("persons.field.nameNative"), person.nameNative ?? none],
          [t("persons.field.birth"), birth],
          [t("persons.field.sex"), t(`persons.sex.${person.sex}`, { defaultValue: person.sex })],
          [t("persons.field.genderIdentity"), person.genderIdentity ?? none],
          [t("persons.field.nationalId"), person.nationalId ?? none],
          [t("persons.field.passportNumber"), person.passportNumber ?? none],
        ]}
      />
      <Section
        title={t("persons.step.contact")}
        rows={[
          [
            t("persons.field.phone"),
            person.phone ? (
              <span key="phone" dir="ltr">
                {person.phone}
              </span>
            ) : (
              none
            ),
          ],
          [t("persons.field.adminArea"), <AreaName key="area" code={person.adminAreaCode} />],
          [t("persons.field.address"), person.address ?? none],
          [
            t("persons.field.languages"),
            person.languages?.length
              ? person.languages
                  .map((c) => languages.data?.items.find((l) => l.code === c)?.name ?? c)
                  .join(", ")
              : none,
          ],
        ]}
      />
      <Section
        title={t("persons.step.education")}
        rows={[
          [
            t("persons.field.iscedLevel"),
            person.education
              ? (isced.data?.items.find((l) => l.level === person.education?.iscedLevel)?.title ??
                String(person.education.iscedLevel))
              : none,
          ],
          [t("persons.field.fieldOfStudy"), person.education?.fieldOfStudy ?? none],
          [
            t("persons.skillsTitle"),
            person.skills?.length
              ? person.skills
                  .map((s) =>
                    [
                      s.name,
                      s.yearsExperience !== undefined
                        ? t("persons.years", { n: num.format(s.yearsExperience) })
                        : null,
                      s.certified ? t("persons.field.certified") : null,
                    ]
                      .filter(Boolean)
                      .join(", "),
                  )
                  .join("; ")
              : none,
          ],
        ]}
      />
      <Section
        title={t("persons.step.circumstances")}
        rows={[
          [
            t("persons.debtsTitle"),
            person.debts?.length
              ? person.debts
                  .map(
                    (d) =>
                      `${new Intl.NumberFormat(intlLocale(i18n.language), { style: "currency", currency: d.currency }).format(d.amount)} (${t(`persons.lender.${d.lender}`)})`,
                  )
                  .join("; ")
              : none,
          ],
          [
            t("persons.documentsTitle"),
            person.documents?.length
              ? person.documents
                  .map(
                    (d) =>
                      `${t(`persons.documentType.${d.type}`)}: ${t(`persons.documentStatus.${d.status}`)}`,
                  )
                  .join("; ")
              : none,
          ],
          [
            t("persons.field.housingStatus"),
            person.housing ? t(`persons.housing.${person.housing.status}`) : none,
          ],
          [t("persons.field.housingAdequate"), yesNo(person.housing?.adequate)],
          [t("persons.field.householdSize"), person.household ? num.format(person.household.size) : none],
          [t("persons.field.dependants"), person.household ? num.format(person.household.dependants) : none],
          [
            t("persons.field.childrenOfSchoolAge"),
            person.household ? num.format(person.household.childrenOfSchoolAge) : none,
          ],
          [t("persons.field.headOfHousehold"), yesNo(person.household?.headOfHousehold)],
          [
            t("persons.disabilityTitle"),
            person.disability
              ? [
                  yesNo(person.disability.hasDisability),
                  ...(person.disability.kinds ?? []).map((k) =>
                    t(`persons.disabilityKind.${k}`, { defaultValue: k }),
                  ),
                ].join(", ")
              : none,
          ],
        ]}
      />
    </SimpleGrid>
  );
}
