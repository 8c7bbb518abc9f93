import { Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchCountries } from "../../../api/reference";
import { intlLocale } from "../../../i18n/languages";
import type { RegistrationForm } from "../hooks/registrationForm";

type Row = [label: string, value: string];

/** "Check your answers": everything about to be saved, each section with a way back to change it. */
export function ReviewStep({
  form,
  steps,
  onEdit,
}: {
  form: RegistrationForm;
  steps: readonly string[];
  onEdit: (step: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = useQuery({
    queryKey: ["reference", "countries", i18n.language],
    queryFn: () => fetchCountries(i18n.language),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const country = (code: string) => countries.data?.items.find((c) => c.code === code)?.name ?? code;
  const dash = t("persons.notGiven");
  const v = (s: string) => (s.trim() === "" ? dash : s);
  const usd = new Intl.NumberFormat(intlLocale(i18n.language), { style: "currency", currency: "USD" });
  // what was typed stays visible as typed when it is not a number, so that it can be corrected
  const income = (s: string) =>
    s.trim() !== "" && Number.isFinite(Number(s)) ? usd.format(Number(s)) : v(s);
  const disability =
    form.hasDisability === "yes"
      ? [t("persons.yes"), ...form.disabilityKinds.map((k) => t(`persons.disabilityKind.${k}`))].join(", ")
      : form.hasDisability === "no"
        ? t("persons.no")
        : t("persons.notAsked");
  const episodes: Row[] = form.migrationEpisodes.flatMap((e, i) => {
    const n = form.migrationEpisodes.length > 1 ? ` ${i + 1}` : "";
    const rows: Row[] = [
      [
        t("persons.field.destinationCountry") + n,
        e.destinationCountry ? country(e.destinationCountry) : dash,
      ],
      [t("persons.field.returnType") + n, e.returnType ? t(`persons.returnType.${e.returnType}`) : dash],
    ];
    if (!form.quick)
      rows.push(
        [t("persons.field.period") + n, `${v(e.startDate)} – ${v(e.endDate)}`],
        [t("persons.field.occupation") + n, v(e.occupationTitle)],
        [t("persons.field.sector") + n, v(e.sectorTitle)],
        [t("persons.field.monthlyIncomeUsd") + n, income(e.monthlyIncomeUsd)],
      );
    return rows;
  });
  const identity: Row[] = [
    [t("persons.field.givenName"), v(form.givenName)],
    [t("persons.field.familyName"), v(form.familyName)],
    ...(form.quick
      ? []
      : ([
          [t("persons.field.nameNative"), v(form.nameNative)],
          [t("persons.field.birthDate"), v(form.birthDate)],
        ] as Row[])),
    [t("persons.field.birthYear"), v(form.birthYear)],
    [t("persons.field.sex"), form.sex ? t(`persons.sex.${form.sex}`) : dash],
    ...(form.quick
      ? []
      : ([
          [t("persons.field.genderIdentity"), v(form.genderIdentity)],
          [t("persons.field.nationalId"), v(form.nationalId)],
          [t("persons.field.passportNumber"), v(form.passportNumber)],
        ] as Row[])),
  ];
  const contact: Row[] = [
    [t("persons.field.phone"), v(form.phone)],
    [t("persons.field.adminArea"), v(form.adminAreaLabel)],
    ...(form.quick ? [] : ([[t("persons.field.address"), v(form.address)]] as Row[])),
  ];
  const sections: { title: string; step: string; rows: Row[] }[] = form.quick
    ? [{ title: t("persons.step.quick"), step: "quick", rows: [...identity, ...contact, ...episodes] }]
    : [
        { title: t("persons.step.identity"), step: "identity", rows: identity },
        { title: t("persons.step.contact"), step: "contact", rows: contact },
        { title: t("persons.step.migration"), step: "migration", rows: episodes },
        {
          title: t("persons.step.education"),
          step: "education",
          rows: [
            [t("persons.field.fieldOfStudy"), v(form.fieldOfStudy)],
            [t("persons.skillsTitle"), form.skills.map((s) => s.name).join(", ") || dash],
          ],
        },
        {
          title: t("persons.step.circumstances"),
          step: "circumstances",
          rows: [
            [t("persons.debtsTitle"), form.debts.map((d) => `${d.amount} ${d.currency}`).join(", ") || dash],
            [
              t("persons.documentsTitle"),
              form.documents.map((d) => (d.type ? t(`persons.documentType.${d.type}`) : dash)).join(", ") ||
                dash,
            ],
            [
              t("persons.field.housingStatus"),
              form.housingStatus ? t(`persons.housing.${form.housingStatus}`) : dash,
            ],
            [t("persons.field.householdSize"), v(form.householdSize)],
            [t("persons.disabilityTitle"), disability],
          ],
        },
      ];
  return (
    <Stack>
      {sections.map((s) => (
        <Card key={s.step} withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {s.title}
            </Title>
            <Button variant="subtle" onClick={() => onEdit(steps.indexOf(s.step))}>
              {t("persons.change", { section: s.title })}
            </Button>
          </Group>
          <Table>
            <Table.Tbody>
              {s.rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="40%" scope="row">
                    {label}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" dir="auto">
                      {value}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
