import { Badge, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { listTextMessages, type SmsMessage, smsStatuses } from "../api/admin";

const limit = 50;
const statusColour: Record<SmsMessage["status"], string> = {
  held: "orange",
  queued: "blue",
  sent: "green",
  failed: "red",
};

/**
 * The text messages the system sent or holds, newest first. With no SMS provider configured the one-time
 * codes wait here ("held"): an administrator who has checked who is asking passes the code on by phone.
 */
export function TextMessagesPage() {
  const { t } = useTranslation();
  const list = useListParams();
  const status = pick(smsStatuses, list.get("status"));
  const phone = list.get("phone") ?? "";
  const [typed, setTyped] = useState(phone);
  const query = { limit, offset: list.offset, ...(status ? { status } : {}), ...(phone ? { phone } : {}) };
  const messages = useQuery({
    queryKey: ["sms-messages", query],
    queryFn: () => listTextMessages(query),
    placeholderData: keepPreviousData,
  });
  const columns: Column<SmsMessage>[] = [
    { key: "when", label: t("admin.sms.when"), cell: (m) => <RelativeTime value={m.createdAt} /> },
    { key: "phone", label: t("admin.sms.phone"), cell: (m) => <span dir="ltr">{m.phone}</span> },
    { key: "purpose", label: t("admin.sms.purpose"), cell: (m) => t(`admin.sms.purposes.${m.purpose}`) },
    {
      key: "text",
      label: t("admin.sms.text"),
      cell: (m) => (
        <Text size="sm" lang={m.language} maw={360}>
          {m.body}
        </Text>
      ),
    },
    {
      key: "status",
      label: t("admin.sms.status"),
      cell: (m) => (
        <Stack gap={2}>
          <Badge color={statusColour[m.status]} variant="light">
            {t(`admin.sms.statuses.${m.status}`)}
          </Badge>
          {m.error && (
            <Text size="xs" c="red">
              {m.error}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t("admin.sms.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("admin.sms.intro")}
      </Text>
      <Group align="flex-end">
        <TextInput
          label={t("admin.sms.phone")}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onBlur={() => list.set({ phone: typed.trim() || null })}
          onKeyDown={(e) => {
            if (e.key === "Enter") list.set({ phone: typed.trim() || null });
          }}
          w={220}
        />
        <Select
          label={t("admin.sms.status")}
          clearable
          placeholder={t("admin.sms.anyStatus")}
          data={smsStatuses.map((s) => ({ value: s, label: t(`admin.sms.statuses.${s}`) }))}
          value={status ?? null}
          onChange={(v) => list.set({ status: v })}
          w={200}
        />
      </Group>
      <PagedTable
        query={messages}
        rowKey={(m) => m.id}
        columns={columns}
        minWidth={820}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("admin.sms.none")}</Text>}
      />
    </Stack>
  );
}
