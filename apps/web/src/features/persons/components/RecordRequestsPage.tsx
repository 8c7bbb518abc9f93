import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import {
  declineRecordRequest,
  fetchIncomingRecordRequests,
  type IncomingRecordRequest,
  recordRequestStatuses,
  shareRecord,
} from "../api/persons";
import { statusColour } from "./RecordRequestsCard";

const limit = 20;

/**
 * Requests from other organisations to share the record of a returnee this organisation holds: share it
 * (with the returnee's consent, which it records) or decline with a reason the asker reads.
 */
export function RecordRequestsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const status = pick(recordRequestStatuses, list.get("status")) ?? "open";
  const filter = { status, limit, offset: list.offset };
  const requests = useQuery({
    queryKey: ["record-requests", filter],
    queryFn: () => fetchIncomingRecordRequests(filter),
    placeholderData: keepPreviousData,
  });
  const [sharing, setSharing] = useState<IncomingRecordRequest | null>(null);
  const [declining, setDeclining] = useState<IncomingRecordRequest | null>(null);
  const [consented, setConsented] = useState(false);
  const [reason, setReason] = useState("");
  const done = () => {
    setSharing(null);
    setDeclining(null);
    setConsented(false);
    setReason("");
    void qc.invalidateQueries({ queryKey: ["record-requests"] });
  };
  const share = useMutation({
    mutationFn: (r: IncomingRecordRequest) => shareRecord(r.id, { consentConfirmed: true }),
    onSuccess: done,
  });
  const decline = useMutation({
    mutationFn: (r: IncomingRecordRequest) => declineRecordRequest(r.id, reason),
    onSuccess: done,
  });
  const columns: Column<IncomingRecordRequest>[] = [
    {
      key: "returnee",
      label: t("persons.recordRequests.returnee"),
      cell: (r) => (
        <Anchor component={Link} to={`/persons/${r.heldPerson.id}`}>
          {r.heldPerson.displayName}
        </Anchor>
      ),
    },
    { key: "from", label: t("persons.recordRequests.from"), cell: (r) => r.fromOrganisation.name },
    {
      key: "asked",
      label: t("persons.recordRequests.askedOn"),
      cell: (r) => <RelativeTime value={r.createdAt} />,
    },
    { key: "note", label: t("persons.recordRequests.noteColumn"), cell: (r) => r.note ?? "" },
    {
      key: "status",
      label: t("persons.recordRequests.statusColumn"),
      cell: (r) => (
        <Badge color={statusColour[r.status]} variant="light">
          {t(`persons.recordRequests.status.${r.status}`)}
        </Badge>
      ),
    },
    {
      key: "actions",
      label: t("persons.recordRequests.actions"),
      cell: (r) =>
        r.status === "open" ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              onClick={() => setSharing(r)}
              aria-label={t("persons.recordRequests.shareTitle", { name: r.heldPerson.displayName })}
            >
              {t("persons.recordRequests.share")}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setDeclining(r)}
              aria-label={t("persons.recordRequests.declineTitle", { name: r.heldPerson.displayName })}
            >
              {t("persons.recordRequests.decline")}
            </Button>
          </Group>
        ) : null,
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t("persons.recordRequests.inboxTitle")}</Title>
      <Text c="dimmed" size="sm">
        {t("persons.recordRequests.inboxIntro")}
      </Text>
      <SegmentedControl
        aria-label={t("persons.recordRequests.statusColumn")}
        data={recordRequestStatuses.map((s) => ({
          value: s,
          label: t(`persons.recordRequests.status.${s}`),
        }))}
        value={status}
        onChange={(v) => list.set({ status: v === "open" ? null : v })}
        w="fit-content"
      />
      <PagedTable
        query={requests}
        rowKey={(r) => r.id}
        columns={columns}
        minWidth={760}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t(`persons.recordRequests.none.${status}`)}</Text>}
      />
      <FormDialog
        opened={sharing !== null}
        title={
          sharing ? t("persons.recordRequests.shareTitle", { name: sharing.heldPerson.displayName }) : ""
        }
        intro={
          <Text size="sm">
            {t("persons.recordRequests.shareExplain", { organisation: sharing?.fromOrganisation.name ?? "" })}
          </Text>
        }
        onClose={() => {
          setSharing(null);
          setConsented(false);
          share.reset();
        }}
        onSubmit={() => sharing && share.mutate(sharing)}
        submitLabel={t("persons.recordRequests.share")}
        pending={share.isPending}
        disabled={!consented}
        error={share.error}
      >
        <Checkbox
          label={t("persons.recordRequests.consentConfirmed", {
            organisation: sharing?.fromOrganisation.name ?? "",
          })}
          checked={consented}
          onChange={(e) => setConsented(e.currentTarget.checked)}
        />
      </FormDialog>
      <FormDialog
        opened={declining !== null}
        title={
          declining
            ? t("persons.recordRequests.declineTitle", { name: declining.heldPerson.displayName })
            : ""
        }
        intro={<Text size="sm">{t("persons.recordRequests.declineExplain")}</Text>}
        onClose={() => {
          setDeclining(null);
          decline.reset();
        }}
        onSubmit={() => declining && decline.mutate(declining)}
        submitLabel={t("persons.recordRequests.decline")}
        pending={decline.isPending}
        error={decline.error}
        fields={["reason"]}
      >
        <Textarea
          label={t("persons.recordRequests.reasonLabel")}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(decline.error, "reason")}
        />
      </FormDialog>
      {(share.isSuccess || decline.isSuccess) && (
        <Alert color="green" role="status">
          {share.isSuccess
            ? t("persons.recordRequests.sharedDone")
            : t("persons.recordRequests.declinedDone")}
        </Alert>
      )}
    </Stack>
  );
}
