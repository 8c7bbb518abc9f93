import { Card, Checkbox, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CategorySelect } from "../../../components/CategorySelect";
import { PagedTable } from "../../../components/PagedTable";
import { listServices, type Service } from "../../directory/api/directory";
import { ServiceSummary } from "../../directory/components/ServiceSummary";

const limit = 5;

/** Choose a service from the directory: by need (category), text, and by default the returnee's area. */
export function ServicePicker({
  adminAreaCode,
  selected,
  onSelect,
}: {
  adminAreaCode: string;
  selected: Service | null;
  onSelect: (service: Service) => void;
}) {
  const { t } = useTranslation();
  const [category, setCategory] = useState("");
  const [q, setQ] = useState("");
  const [inArea, setInArea] = useState(Boolean(adminAreaCode));
  const [offset, setOffset] = useState(0);
  const [query] = useDebouncedValue(q, 300);
  const filter = { category, q: query, area: inArea ? adminAreaCode : undefined, limit, offset };
  const services = useQuery({
    queryKey: ["services", filter],
    queryFn: () => listServices(filter),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Group grow align="flex-end">
        <CategorySelect
          allowDimension
          label={t("referrals.refer.need")}
          value={category}
          onChange={(v) => {
            setCategory(v);
            setOffset(0);
          }}
        />
        <TextInput
          label={t("referrals.refer.search")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
        />
      </Group>
      {adminAreaCode && (
        <Checkbox
          label={t("referrals.refer.inArea", { area: adminAreaCode })}
          checked={inArea}
          onChange={(e) => {
            setInArea(e.currentTarget.checked);
            setOffset(0);
          }}
        />
      )}
      <Radio.Group
        value={selected?.id ?? null}
        onChange={(id) => {
          const s = services.data?.items.find((i) => i.id === id);
          if (s) onSelect(s);
        }}
        label={t("referrals.refer.service")}
      >
        <PagedTable
          query={services}
          rowKey={(s) => s.id}
          card={(s) => (
            <Card
              withBorder
              padding="sm"
              bg={selected?.id === s.id ? "var(--mantine-primary-color-light)" : undefined}
            >
              <Radio value={s.id} label={<Text fw={600}>{s.name}</Text>} mb={4} />
              <ServiceSummary service={s} />
            </Card>
          )}
          limit={limit}
          offset={offset}
          onPage={setOffset}
          empty={<Text c="dimmed">{t("referrals.refer.noServices")}</Text>}
        />
      </Radio.Group>
    </Stack>
  );
}
