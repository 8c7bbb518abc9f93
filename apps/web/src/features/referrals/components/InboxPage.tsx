import { openStatuses, terminalStatuses } from "@homecoming/domain/values";
import { Checkbox, Group, SegmentedControl, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { PagedTable } from "../../../components/PagedTable";
import { useListParams } from "../../../hooks/useListParams";
import {
  asReferralSort,
  defaultReferralSort,
  listReferrals,
  type ReferralStatus,
  referralSorts,
} from "../api/referrals";
import { ReferralActions } from "./ReferralActions";
import { ReferralCard } from "./ReferralCard";

const limit = 20;
const incomingFilters: Record<string, ReferralStatus[] | undefined> = {
  needs_action: ["sent"],
  accepted: ["accepted"],
  in_progress: ["in_progress"],
  closed: [...terminalStatuses],
  all: undefined,
};
const outgoingFilters: Record<string, ReferralStatus[] | undefined> = {
  all: undefined,
  draft: ["draft"],
  open: openStatuses.filter((s) => s !== "draft"),
  closed: [...terminalStatuses],
};

/** Referrals sent to my organisation (to act on) and sent by it (to follow), paged on the server. */
export function InboxPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const direction = list.get("direction") === "outgoing" ? "outgoing" : "incoming";
  const filters = direction === "incoming" ? incomingFilters : outgoingFilters;
  const defaultFilter = direction === "incoming" ? "needs_action" : "all";
  const filterKey = list.get("filter") || defaultFilter;
  const status = filterKey in filters ? filters[filterKey] : undefined;
  const offset = list.offset;
  const overdue = list.get("overdue") === "true";
  const sort = asReferralSort(list.get("sort"));
  const filter = {
    direction,
    status,
    overdue: overdue ? "true" : undefined,
    sort: sort === defaultReferralSort ? undefined : sort,
    limit,
    offset,
  } as const;
  const referrals = useQuery({
    queryKey: ["referrals", "inbox", filter],
    queryFn: () => listReferrals(filter),
    placeholderData: keepPreviousData,
  });
  const filterLabel = (k: string) =>
    k === "needs_action"
      ? t("referrals.inbox.needsAction")
      : k === "all"
        ? t("referrals.inbox.all")
        : k === "closed"
          ? t("referrals.inbox.closed")
          : k === "open"
            ? t("referrals.inbox.open")
            : t(`referrals.status.${k}`);

  return (
    <Stack>
      <Title order={2}>{t("referrals.inbox.title")}</Title>
      <Tabs
        value={direction}
        onChange={(v) => list.set({ direction: v === "outgoing" ? "outgoing" : null, filter: null })}
      >
        <Tabs.List>
          <Tabs.Tab value="incoming">{t("referrals.inbox.incoming")}</Tabs.Tab>
          <Tabs.Tab value="outgoing">{t("referrals.inbox.outgoing")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group justify="space-between" align="end">
        <SegmentedControl
          aria-label={t("referrals.inbox.statusFilter")}
          value={filterKey}
          onChange={(v) => list.set({ filter: v === defaultFilter ? null : v })}
          data={Object.keys(filters).map((k) => ({ value: k, label: filterLabel(k) }))}
        />
        <Group align="end">
          <Checkbox
            label={t("referrals.inbox.overdueOnly")}
            checked={overdue}
            onChange={(e) => list.set({ overdue: e.currentTarget.checked ? "true" : null })}
          />
          <Select
            label={t("referrals.inbox.sortBy")}
            value={sort}
            onChange={(v) => {
              const chosen = asReferralSort(v);
              list.set({ sort: chosen === defaultReferralSort ? null : chosen });
            }}
            allowDeselect={false}
            data={referralSorts.map((s) => ({ value: s, label: t(`referrals.inbox.sorts.${s}`) }))}
          />
        </Group>
      </Group>
      <PagedTable
        query={referrals}
        rowKey={(r) => r.id}
        card={(r) => <ReferralCard referral={r} showPerson actions={<ReferralActions referral={r} />} />}
        limit={limit}
        offset={offset}
        onPage={list.page}
        empty={<Text c="dimmed">{t("referrals.inbox.none")}</Text>}
      />
    </Stack>
  );
}
