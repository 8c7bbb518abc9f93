import { communityEventKinds } from "@homecoming/domain/values";
import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaPicker } from "../../../components/AreaPicker";
import { DateField } from "../../../components/DateField";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { TranslationsEditor } from "../../../components/TranslationsEditor";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import {
  type CommunityEvent,
  cancelEvent,
  createEvent,
  type EventFields,
  eventRegistrations,
  listEvents,
  updateEvent,
} from "../api/community";

const limit = 20;

interface Draft {
  kind: EventFields["kind"] | "";
  title: string;
  description: string;
  adminAreaCode: string;
  venue: string;
  startDay: string;
  startTime: string;
  endTime: string;
  capacity: number | "";
  phone: string;
  translations: NonNullable<EventFields["translations"]>;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeOf = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

const draftOf = (e: CommunityEvent | undefined): Draft => ({
  kind: e?.kind ?? "",
  title: e?.title ?? "",
  description: e?.description ?? "",
  adminAreaCode: e?.adminAreaCode ?? "",
  venue: e?.venue ?? "",
  startDay: e ? dayOf(new Date(e.startsAt)) : "",
  startTime: e ? timeOf(new Date(e.startsAt)) : "10:00",
  endTime: e?.endsAt ? timeOf(new Date(e.endsAt)) : "",
  capacity: e?.capacity ?? "",
  phone: e?.phone ?? "",
  translations: e?.translations ?? {},
});

/** The day and time typed, in the browser's time zone, as the instant the server keeps; what was typed otherwise. */
const instant = (day: string, time: string) => {
  const at = new Date(`${day}T${time || "00:00"}`);
  return Number.isNaN(at.getTime()) ? `${day} ${time}` : at.toISOString();
};

const fieldsOf = (d: Draft) => ({
  kind: d.kind as EventFields["kind"],
  title: d.title,
  description: d.description,
  adminAreaCode: d.adminAreaCode,
  venue: d.venue,
  startsAt: instant(d.startDay, d.startTime),
  ...(d.endTime ? { endsAt: instant(d.startDay, d.endTime) } : {}),
  ...(d.capacity !== "" ? { capacity: d.capacity } : {}),
  ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
  translations: d.translations,
});

/**
 * The events the organisation holds for returnees: coming ones first, how many registered; a new one or a
 * change in a dialog, who registered with their numbers, and a cancellation that asks why.
 */
export function EventsPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const [editing, setEditing] = useState<CommunityEvent | "new" | null>(null);
  const [cancelling, setCancelling] = useState<CommunityEvent | null>(null);
  const [reading, setReading] = useState<CommunityEvent | null>(null);
  const query = { limit, offset: list.offset };
  const events = useQuery({
    queryKey: ["community-events", query],
    queryFn: () => listEvents(query),
    placeholderData: keepPreviousData,
  });
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const columns: Column<CommunityEvent>[] = [
    { key: "title", label: t("community.events.title"), cell: (e) => <Text fw={600}>{e.title}</Text> },
    { key: "kind", label: t("community.events.kind"), cell: (e) => t(`community.kinds.${e.kind}`) },
    { key: "when", label: t("community.events.when"), cell: (e) => when.format(new Date(e.startsAt)) },
    { key: "venue", label: t("community.events.venue"), cell: (e) => e.venue },
    {
      key: "registered",
      label: t("community.events.registered"),
      cell: (e) =>
        e.capacity === null
          ? String(e.registered)
          : t("community.events.ofCapacity", { registered: e.registered, capacity: e.capacity }),
    },
    {
      key: "status",
      label: t("community.events.status"),
      cell: (e) =>
        e.cancelledAt ? (
          <Badge color="red" variant="light" c="dark">
            {t("community.events.cancelled")}
          </Badge>
        ) : new Date(e.endsAt ?? e.startsAt) < new Date() ? (
          <Badge color="gray" variant="light" c="dark">
            {t("community.events.past")}
          </Badge>
        ) : (
          <Badge color="green" variant="light" c="dark">
            {t("community.events.coming")}
          </Badge>
        ),
    },
    {
      key: "actions",
      label: t("community.events.actions"),
      cell: (e) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={() => setReading(e)}
            aria-label={`${t("community.events.who")}: ${e.title}`}
          >
            {t("community.events.who")}
          </Button>
          {!e.cancelledAt && (
            <>
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing(e)}
                aria-label={t("community.events.editTitle", { title: e.title })}
              >
                {t("community.edit")}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => setCancelling(e)}
                aria-label={`${t("community.events.cancel")}: ${e.title}`}
              >
                {t("community.events.cancel")}
              </Button>
            </>
          )}
        </Group>
      ),
    },
  ];
  const refresh = () => void qc.invalidateQueries({ queryKey: ["community-events"] });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("community.events.heading")}</Title>
        <Button onClick={() => setEditing("new")}>{t("community.events.new")}</Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t("community.events.intro")}
      </Text>
      <PagedTable
        query={events}
        rowKey={(e) => e.id}
        columns={columns}
        minWidth={900}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("community.events.none")}</Text>}
      />
      {editing && (
        <EventDialog
          event={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      {cancelling && (
        <CancelDialog
          event={cancelling}
          onClose={() => setCancelling(null)}
          onDone={() => {
            setCancelling(null);
            refresh();
          }}
        />
      )}
      {reading && <RegistrationsDialog event={reading} onClose={() => setReading(null)} />}
    </Stack>
  );
}

function EventDialog({
  event,
  onClose,
  onSaved,
}: {
  event: CommunityEvent | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      event
        ? updateEvent(event.id, { ...fieldsOf(draft), version: event.version })
        : createEvent(fieldsOf(draft)),
    onSuccess: onSaved,
  });
  const error = (field: string) => fieldError(save.error, field);
  const fields = [
    "kind",
    "title",
    "description",
    "adminAreaCode",
    "venue",
    "startsAt",
    "endsAt",
    "capacity",
    "phone",
  ];
  return (
    <FormDialog
      title={event ? t("community.events.editTitle", { title: event.title }) : t("community.events.new")}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      submitLabel={t("community.save")}
      pending={save.isPending}
      error={save.error}
      fields={fields}
    >
      <Select
        label={t("community.events.kind")}
        required
        data={communityEventKinds.map((k) => ({ value: k, label: t(`community.kinds.${k}`) }))}
        value={draft.kind || null}
        onChange={(v) => set("kind", (v ?? "") as Draft["kind"])}
        error={error("kind")}
      />
      <TextInput
        label={t("community.events.title")}
        required
        value={draft.title}
        onChange={(e) => set("title", e.currentTarget.value)}
        error={error("title")}
      />
      <Textarea
        label={t("community.events.description")}
        required
        autosize
        minRows={3}
        value={draft.description}
        onChange={(e) => set("description", e.currentTarget.value)}
        error={error("description")}
      />
      <AreaPicker
        label={t("community.events.district")}
        required
        level={2}
        value={draft.adminAreaCode}
        onChange={(v) => set("adminAreaCode", v)}
        error={error("adminAreaCode")}
      />
      <TextInput
        label={t("community.events.venue")}
        required
        value={draft.venue}
        onChange={(e) => set("venue", e.currentTarget.value)}
        error={error("venue")}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t("community.events.day")}
          required
          value={draft.startDay}
          onChange={(v) => set("startDay", v)}
          error={error("startsAt")}
        />
        <TextInput
          type="time"
          label={t("community.events.from")}
          required
          value={draft.startTime}
          onChange={(e) => set("startTime", e.currentTarget.value)}
        />
        <TextInput
          type="time"
          label={t("community.events.until")}
          value={draft.endTime}
          onChange={(e) => set("endTime", e.currentTarget.value)}
          error={error("endsAt")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t("community.events.capacity")}
          description={t("community.events.capacityHint")}
          min={1}
          value={draft.capacity}
          onChange={(v) => set("capacity", typeof v === "number" ? v : "")}
          error={error("capacity")}
        />
        <TextInput
          label={t("community.events.phone")}
          dir="ltr"
          value={draft.phone}
          onChange={(e) => set("phone", e.currentTarget.value)}
          error={error("phone")}
        />
      </SimpleGrid>
      <TranslationsEditor
        fields={[
          { key: "name", label: t("community.events.title") },
          { key: "description", label: t("community.events.description"), multiline: true },
        ]}
        value={draft.translations}
        onChange={(v) => set("translations", v)}
        error={save.error}
      />
    </FormDialog>
  );
}

function CancelDialog({
  event,
  onClose,
  onDone,
}: {
  event: CommunityEvent;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const cancel = useMutation({ mutationFn: () => cancelEvent(event.id, reason), onSuccess: onDone });
  return (
    <FormDialog
      title={t("community.events.cancelTitle", { title: event.title })}
      intro={<Text size="sm">{t("community.events.cancelWarning", { count: event.registered })}</Text>}
      onClose={onClose}
      onSubmit={() => cancel.mutate()}
      submitLabel={t("community.events.cancel")}
      danger
      pending={cancel.isPending}
      error={cancel.error}
      fields={["reason"]}
    >
      <Textarea
        label={t("community.reason")}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(cancel.error, "reason")}
      />
    </FormDialog>
  );
}

function RegistrationsDialog({ event, onClose }: { event: CommunityEvent; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const registrations = useQuery({
    queryKey: ["community-registrations", event.id],
    queryFn: () => eventRegistrations(event.id),
  });
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("community.events.whoTitle", { title: event.title })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {registrations.data?.items.length === 0 && <Text>{t("community.events.nobody")}</Text>}
      {registrations.data && registrations.data.items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("community.events.name")}</Table.Th>
              <Table.Th>{t("community.events.phone")}</Table.Th>
              <Table.Th>{t("community.events.registeredOn")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registrations.data.items.map((r) => (
              <Table.Tr key={r.id} c={r.cancelledAt ? "dimmed" : undefined}>
                <Table.Td>
                  {r.name ?? "—"}
                  {r.cancelledAt ? ` (${t("community.events.withdrew")})` : ""}
                </Table.Td>
                <Table.Td dir="ltr">{r.phone}</Table.Td>
                <Table.Td>{when.format(new Date(r.registeredAt))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
