import { Anchor, Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Pager } from "../../../components/Pager";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { SortableTh } from "../../../components/SortableTh";
import { useListParams } from "../../../hooks/useListParams";
import { asCaseSort, caseKeys, caseSorts, caseStages, defaultCaseSort, listCases } from "../api/cases";
import { RiskBadge } from "./RiskBadge";
import { StageBadge } from "./StageBadge";

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
      <QueryState query={query}>
        {(page) =>
          page.total === 0 ? (
            <Stack align="start" gap="xs">
              <Text>{stage || mine ? t("cases.list.emptyFiltered") : t("cases.list.empty")}</Text>
              <Button component={Link} to="/register">
                {t("cases.list.register")}
              </Button>
            </Stack>
          ) : (
            <>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("cases.list.person")}</Table.Th>
                    <SortableTh label={t("cases.list.stage")} field="stage" sort={sort} onSort={sortBy} />
                    <SortableTh
                      label={t("cases.list.risk")}
                      field="risk"
                      sort={sort}
                      firstDescending
                      onSort={sortBy}
                    />
                    <SortableTh
                      label={t("cases.list.lastChange")}
                      field="updated"
                      sort={sort}
                      firstDescending
                      onSort={sortBy}
                    />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${c.id}`}>
                          {c.person.nameNative ? `${c.person.nameNative} · ` : ""}
                          {c.person.givenName} {c.person.familyName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StageBadge stage={c.stage} />
                      </Table.Td>
                      <Table.Td>
                        <RiskBadge risk={c.riskLevel} />
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime value={c.updatedAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager
                total={page.total}
                limit={limit}
                offset={offset}
                onChange={(o) => list.set({ offset: o ? String(o) : null })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
