import { Anchor, Button, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { RelativeTime } from "../../../components/RelativeTime";
import { SaveError } from "../../../components/SaveError";
import { useListParams } from "../../../hooks/useListParams";
import { type CallBack, listCallBacks, markCallBackDone } from "../api/cases";

const limit = 20;

/**
 * Returnees who asked on the portal to be called back by this organisation: the open requests oldest first,
 * with the time of day they prefer and what they wrote; a case worker calls, then marks it done.
 */
export function CallBacksPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const done = list.get("done") === "true";
  const query = { done: String(done), limit, offset: list.offset };
  const requests = useQuery({
    queryKey: ["call-backs", query],
    queryFn: () => listCallBacks(query),
    placeholderData: keepPreviousData,
  });
  const mark = useMutation({
    mutationFn: (c: CallBack) => markCallBackDone(c.id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["call-backs"] }),
  });
  const columns: Column<CallBack>[] = [
    {
      key: "returnee",
      label: t("cases.callBacks.returnee"),
      cell: (c) => (
        <Anchor component={Link} to={c.caseId ? `/cases/${c.caseId}` : `/persons/${c.personId}`}>
          {c.name}
        </Anchor>
      ),
    },
    { key: "phone", label: t("cases.callBacks.phone"), cell: (c) => <span dir="ltr">{c.phone}</span> },
    {
      key: "when",
      label: t("cases.callBacks.when"),
      cell: (c) => t(`cases.callBacks.times.${c.preferredTime}`),
    },
    { key: "note", label: t("cases.callBacks.note"), cell: (c) => c.note ?? "" },
    {
      key: "asked",
      label: t("cases.callBacks.asked"),
      cell: (c) => <RelativeTime value={c.requestedAt} />,
    },
    {
      key: "actions",
      label: t("cases.callBacks.actions"),
      cell: (c) =>
        c.doneAt ? (
          <RelativeTime value={c.doneAt} />
        ) : (
          <Button
            size="xs"
            loading={mark.isPending && mark.variables?.id === c.id}
            onClick={() => mark.mutate(c)}
            aria-label={t("cases.callBacks.markTitle", { name: c.name })}
          >
            {t("cases.callBacks.mark")}
          </Button>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t("cases.callBacks.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("cases.callBacks.intro")}
      </Text>
      <SegmentedControl
        aria-label={t("cases.callBacks.which")}
        data={[
          { value: "open", label: t("cases.callBacks.open") },
          { value: "done", label: t("cases.callBacks.done") },
        ]}
        value={done ? "done" : "open"}
        onChange={(v) => list.set({ done: v === "done" ? "true" : null, offset: null })}
        w="fit-content"
      />
      <SaveError error={mark.error} />
      <PagedTable
        query={requests}
        rowKey={(c) => c.id}
        columns={columns}
        minWidth={760}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{done ? t("cases.callBacks.noneDone") : t("cases.callBacks.none")}</Text>}
      />
    </Stack>
  );
}
