import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "../../../components/DateText";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { useListParams } from "../../../hooks/useListParams";
import {
  asFeedbackSort,
  type FeedbackSummary,
  feedbackKeys,
  feedbackKinds,
  feedbackSorts,
  feedbackStatuses,
  listFeedback,
} from "../api/feedback";
import { FeedbackStatusBadge } from "./FeedbackStatusBadge";

const limit = 20;
const roles = ["all", "handling", "concerned"] as const;

/**
 * The feedback and grievances of the caller's organisation: those it answers and those about it (which it reads
 * and may add its account to), filtered and ordered on the server; the late ones first to hand.
 */
export function FeedbackListPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const role = pick(roles, list.get("role")) ?? "all";
  const kind = pick(feedbackKinds, list.get("kind"));
  const status = pick(feedbackStatuses, list.get("status"));
  const overdue = list.get("overdue") === "true";
  const sort = asFeedbackSort(list.get("sort"));
  const filter = {
    ...(role === "all" ? {} : { role }),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: "true" as const } : {}),
    sort,
    limit,
    offset: list.offset,
  };
  const items = useQuery({
    queryKey: feedbackKeys.list(filter),
    queryFn: () => listFeedback(filter),
    placeholderData: keepPreviousData,
  });
  const columns: Column<FeedbackSummary>[] = [
    {
      key: "reference",
      label: t("feedback.column.reference"),
      nowrap: true,
      cell: (f) => (
        <Anchor component={Link} to={`/feedback/${f.id}`} ff="monospace" fw={600}>
          {f.reference}
        </Anchor>
      ),
    },
    {
      key: "kind",
      label: t("feedback.column.kind"),
      cell: (f) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t(`feedback.kind.${f.kind}`)}
            {f.priority === "urgent" && (
              <Badge ml="xs" color="red" variant="light" c="red.9">
                {t("feedback.priority.urgent")}
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {f.category ? t(`feedback.category.${f.category}`) : t(`feedback.subject.${f.subject}`)}
          </Text>
        </Stack>
      ),
    },
    {
      key: "about",
      label: t("feedback.column.about"),
      cell: (f) => f.serviceName ?? f.concernedOrganisationName ?? t("feedback.aboutNothing"),
    },
    { key: "excerpt", label: t("feedback.column.message"), cell: (f) => <Text size="sm">{f.excerpt}</Text> },
    {
      key: "status",
      label: t("feedback.column.status"),
      sort: { field: "status" },
      cell: (f) => <FeedbackStatusBadge status={f.status} overdue={f.overdue} />,
    },
    {
      key: "received",
      label: t("feedback.column.received"),
      nowrap: true,
      sort: { field: "received", firstDescending: true },
      cell: (f) => <DateText value={f.receivedAt} />,
    },
    {
      key: "due",
      label: t("feedback.column.due"),
      nowrap: true,
      sort: { field: "due" },
      cell: (f) => <DateText value={f.dueOn} />,
    },
    {
      key: "handler",
      label: t("feedback.column.handler"),
      cell: (f) => f.handlingOrganisationName ?? t("feedback.administrators"),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("feedback.title")}</Title>
        <Button component={Link} to="/feedback/new">
          {t("feedback.takeDown")}
        </Button>
      </Group>
      <Text size="sm">{t("feedback.intro")}</Text>
      <Tabs value={role} onChange={(v) => list.set({ role: v === "all" ? null : v })}>
        <Tabs.List>
          {roles.map((r) => (
            <Tabs.Tab key={r} value={r}>
              {t(`feedback.role.${r}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select
          label={t("feedback.filter.kind")}
          data={[
            { value: "", label: t("feedback.filter.allKinds") },
            ...feedbackKinds.map((k) => ({ value: k, label: t(`feedback.kind.${k}`) })),
          ]}
          value={kind ?? ""}
          onChange={(v) => list.set({ kind: v || null })}
          allowDeselect={false}
        />
        <Select
          label={t("feedback.filter.status")}
          data={[
            { value: "", label: t("feedback.filter.allStatuses") },
            ...feedbackStatuses.map((s) => ({ value: s, label: t(`feedback.status.${s}`) })),
          ]}
          value={status ?? ""}
          onChange={(v) => list.set({ status: v || null })}
          allowDeselect={false}
        />
        <Select
          label={t("feedback.filter.sortBy")}
          data={feedbackSorts.map((s) => ({ value: s, label: t(`feedback.sort.${s}`) }))}
          value={sort}
          onChange={(v) => list.set({ sort: v === "-received" ? null : v })}
          allowDeselect={false}
        />
        <Checkbox
          mt="xl"
          label={t("feedback.filter.overdueOnly")}
          checked={overdue}
          onChange={(e) => list.set({ overdue: e.currentTarget.checked ? "true" : null })}
        />
      </SimpleGrid>
      <PagedTable
        query={items}
        rowKey={(f) => f.id}
        columns={columns}
        minWidth={1000}
        sort={sort}
        onSort={(s) => list.set({ sort: s === "-received" ? null : s })}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("feedback.none")}</Text>}
      />
    </Stack>
  );
}
