import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import type { Person } from "../api/persons";
import { CountryName } from "./CountryName";
import { OccupationName } from "./OccupationName";
import { SectorName } from "./SectorName";

/** Every stay abroad: where, when, doing what in which sector for what pay, and how the return happened. */
export function MigrationTab({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const usd = new Intl.NumberFormat(intlLocale(i18n.language), { style: "currency", currency: "USD" });
  const date = (d?: string) =>
    d
      ? new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium" }).format(new Date(d))
      : t("persons.notGiven");
  if (!person.migrationEpisodes.length) return <Text>{t("persons.migration.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("persons.field.destinationCountry")}</Table.Th>
            <Table.Th>{t("persons.field.period")}</Table.Th>
            <Table.Th>{t("persons.field.occupation")}</Table.Th>
            <Table.Th>{t("persons.field.sector")}</Table.Th>
            <Table.Th>{t("persons.field.monthlyIncomeUsd")}</Table.Th>
            <Table.Th>{t("persons.field.legalStatus")}</Table.Th>
            <Table.Th>{t("persons.field.returnType")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.migrationEpisodes.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: episodes are stored in order and have no id
            <Table.Tr key={i}>
              <Table.Td>
                <CountryName code={e.destinationCountry} />
              </Table.Td>
              <Table.Td>
                {date(e.startDate)} – {date(e.endDate)}
              </Table.Td>
              <Table.Td>
                {e.occupationIsco ? <OccupationName code={e.occupationIsco} /> : t("persons.notGiven")}
              </Table.Td>
              <Table.Td>{e.sectorIsic ? <SectorName code={e.sectorIsic} /> : t("persons.notGiven")}</Table.Td>
              <Table.Td>
                {e.monthlyIncomeUsd !== undefined ? usd.format(e.monthlyIncomeUsd) : t("persons.notGiven")}
              </Table.Td>
              <Table.Td>
                {e.legalStatus ? t(`persons.legalStatus.${e.legalStatus}`) : t("persons.notGiven")}
              </Table.Td>
              <Table.Td>{t(`persons.returnType.${e.returnType}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
