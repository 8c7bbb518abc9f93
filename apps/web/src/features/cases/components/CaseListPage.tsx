import { Button, Group, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { useListParams } from "../../../hooks/useListParams";
import { asCaseSort, caseKeys, caseSorts, caseStages, defaultCaseSort, listCases } from "../api/cases";
import { useCaseColumns } from "./caseColumns";

const limit = 20;

export function CaseListPage() {
  const { t } = useTranslation();
  const list = useListParams({ push: true });
  const mine = list.get("mine") === "true";
  const stage = list.get("stage");
  const sort = asCaseSort(list.get("sort"));
  const offset = list.offset;
  const query = useQuery({
    queryKey: caseKeys.list({ mine, stage, sort, offset }),
    queryFn: () =>
      listCases({
        mine: mine ? "true" : undefined,
        stage: pick(caseStages, stage) ?? undefined,
        sort: sort === defaultCaseSort ? undefined : sort,
        limit,
        offset,
      }),
    placeholderData: keepPreviousData,
  });
  const sortBy = (value: string | null) => {
    const chosen = asCaseSort(value);
    list.set({ sort: chosen === defaultCaseSort ? null : chosen });
  };
  const columns = useCaseColumns();
  return (
    <Stack>
      <Title order={2}>{mine ? t("cases.list.titleMine") : t("cases.list.titleOrganisation")}</Title>
      <Group align="end">
        <SegmentedControl
          aria-label={t("cases.list.scope")}
          value={mine ? "mine" : "organisation"}
          onChange={(v) => list.set({ mine: v === "mine" ? "true" : null })}
          data={[
            { value: "mine", label: t("cases.list.mine") },
            { value: "organisation", label: t("cases.list.organisation") },
          ]}
        />
        <Select
          label={t("cases.list.stage")}
          value={stage || "all"}
          onChange={(v) => list.set({ stage: v && v !== "all" ? v : null })}
          allowDeselect={false}
          data={[
            { value: "all", label: t("cases.list.allStages") },
            ...caseStages.map((s) => ({ value: s, label: t(`cases.stages.${s}`) })),
          ]}
        />
        <Select
          label={t("cases.list.sortBy")}
          value={sort}
          onChange={sortBy}
          allowDeselect={false}
          data={caseSorts.map((s) => ({ value: s, label: t(`cases.list.sorts.${s}`) }))}
        />
      </Group>
      <PagedTable
        query={query}
        rowKey={(c) => c.id}
        columns={columns}
        sort={sort}
        onSort={sortBy}
        limit={limit}
        offset={offset}
        onPage={list.page}
        empty={
          <Stack align="start" gap="xs">
            <Text>{stage || mine ? t("cases.list.emptyFiltered") : t("cases.list.empty")}</Text>
            <Button component={Link} to="/register">
              {t("cases.list.register")}
            </Button>
          </Stack>
        }
      />
    </Stack>
  );
}
