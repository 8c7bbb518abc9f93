import { Anchor, Button, Group, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { asCaseSort, caseKeys, caseSorts, caseStages, defaultCaseSort, listCases } from "../api/cases";
import { RiskBadge } from "./RiskBadge";
import { StageBadge } from "./StageBadge";

const limit = 20;
type CaseRow = Awaited<ReturnType<typeof listCases>>["items"][number];

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
  const columns: Column<CaseRow>[] = [
    {
      key: "person",
      label: t("cases.list.person"),
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`}>
          {c.person.nameNative ? `${c.person.nameNative} · ` : ""}
          {c.person.givenName} {c.person.familyName}
        </Anchor>
      ),
    },
    {
      key: "stage",
      label: t("cases.list.stage"),
      sort: { field: "stage" },
      cell: (c) => <StageBadge stage={c.stage} />,
    },
    {
      key: "risk",
      label: t("cases.list.risk"),
      sort: { field: "risk", firstDescending: true },
      cell: (c) => <RiskBadge risk={c.riskLevel} />,
    },
    {
      key: "updated",
      label: t("cases.list.lastChange"),
      sort: { field: "updated", firstDescending: true },
      cell: (c) => <RelativeTime value={c.updatedAt} />,
    },
  ];
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
