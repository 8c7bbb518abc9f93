import { Anchor, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PagedTable } from "../../../components/PagedTable";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import { asCaseSort, defaultCaseSort } from "../../cases/api/cases";
import { useCaseColumns } from "../../cases/components/caseColumns";
import { type Disaggregation, listCasesBehind } from "../api/indicators";
import { keyLabel } from "../hooks/keyLabel";
import { paramsFrom, useIndicatorAsk } from "../hooks/useIndicatorAsk";
import { useIndicatorName } from "../hooks/useIndicatorName";

const limit = 20;

/** The cases behind one number of an indicator: those of its facts the user may see, as the case list shows them. */
export function CasesBehindPage() {
  const { t, i18n } = useTranslation();
  const { code = "" } = useParams();
  const [ask] = useIndicatorAsk();
  const list = useListParams();
  const sort = asCaseSort(list.get("sort"));
  const name = useIndicatorName()(code);
  const columns = useCaseColumns();
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium", timeZone: "UTC" });
  const query = useQuery({
    queryKey: ["indicators", code, "cases", ask, sort, list.offset],
    queryFn: () =>
      listCasesBehind(code, ask, {
        ...(sort === defaultCaseSort ? {} : { sort }),
        limit,
        offset: list.offset,
      }),
    placeholderData: keepPreviousData,
  });
  const filters = Object.entries(ask.filter) as [Disaggregation, string][];
  return (
    <Stack>
      <Anchor component={Link} to={`/indicators/${code}?${new URLSearchParams(paramsFrom(ask))}`} size="sm">
        {t("indicators.backTo", { name })}
      </Anchor>
      <Title order={2}>{t("indicators.casesBehind.title", { name })}</Title>
      <Text>
        {t("indicators.casesBehind.period", {
          from: day.format(new Date(`${ask.from}T00:00:00Z`)),
          to: day.format(new Date(`${ask.to}T00:00:00Z`)),
        })}
        {filters.length > 0 &&
          ` · ${filters.map(([d, v]) => `${t(`indicators.splits.${d}`)}: ${keyLabel(t, d, v)}`).join(" · ")}`}
      </Text>
      <Text size="sm" c="dimmed">
        {t("indicators.casesBehind.note")}
      </Text>
      <PagedTable
        query={query}
        rowKey={(c) => c.id}
        columns={columns}
        sort={sort}
        onSort={(v) => {
          const chosen = asCaseSort(v);
          list.set({ sort: chosen === defaultCaseSort ? null : chosen });
        }}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("indicators.casesBehind.none")}</Text>}
      />
    </Stack>
  );
}
