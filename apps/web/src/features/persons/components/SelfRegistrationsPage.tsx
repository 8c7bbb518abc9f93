import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormDialog } from "../../../components/FormDialog";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { confirmSelfRegistration, fetchSelfRegistrations, type SelfRegistration } from "../api/persons";
import { AreaName } from "./AreaName";

const limit = 20;

/**
 * Returnees who registered themselves on the portal with this organisation, oldest first: each with the
 * needs they named and the records that may be them already. A case worker calls the returnee, then confirms
 * the record, or opens it to merge it into the one held.
 */
export function SelfRegistrationsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const query = { limit, offset: list.offset };
  const registrations = useQuery({
    queryKey: ["self-registrations", query],
    queryFn: () => fetchSelfRegistrations(query),
    placeholderData: keepPreviousData,
  });
  const [confirming, setConfirming] = useState<SelfRegistration | null>(null);
  const confirm = useMutation({
    mutationFn: (r: SelfRegistration) => confirmSelfRegistration(r.id),
    onSuccess: () => {
      setConfirming(null);
      void qc.invalidateQueries({ queryKey: ["self-registrations"] });
      void qc.invalidateQueries({ queryKey: ["persons"] });
    },
  });
  const columns: Column<SelfRegistration>[] = [
    {
      key: "returnee",
      label: t("persons.selfRegistrations.returnee"),
      cell: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/persons/${r.id}`}>
            {r.name}
          </Anchor>
          {r.nameNative && <Text size="sm">{r.nameNative}</Text>}
          <Text size="sm" c="dimmed">
            {[r.birthYear, t(`persons.sex.${r.sex}`)].filter(Boolean).join(" · ")}
          </Text>
        </Stack>
      ),
    },
    {
      key: "phone",
      label: t("persons.selfRegistrations.phone"),
      cell: (r) => <span dir="ltr">{r.phone}</span>,
    },
    {
      key: "district",
      label: t("persons.selfRegistrations.district"),
      cell: (r) => <AreaName code={r.adminAreaCode} />,
    },
    {
      key: "registered",
      label: t("persons.selfRegistrations.registered"),
      cell: (r) => <RelativeTime value={r.selfRegisteredAt} />,
    },
    {
      key: "needs",
      label: t("persons.selfRegistrations.needs"),
      cell: (r) =>
        r.statedNeeds.length
          ? r.statedNeeds.map((n) => t(`persons.selfRegistrations.need.${n}`)).join("; ")
          : t("persons.selfRegistrations.noNeeds"),
    },
    {
      key: "duplicates",
      label: t("persons.selfRegistrations.duplicates"),
      cell: (r) => {
        const found = r.possibleDuplicates.length + r.heldElsewhere.count;
        return found ? (
          <Anchor component={Link} to={`/persons/${r.id}`}>
            <Badge color="orange" variant="light">
              {t("persons.selfRegistrations.possibleDuplicates", { count: found })}
            </Badge>
          </Anchor>
        ) : (
          <Text size="sm">{t("persons.selfRegistrations.noDuplicates")}</Text>
        );
      },
    },
    {
      key: "actions",
      label: t("persons.selfRegistrations.actions"),
      cell: (r) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            onClick={() => setConfirming(r)}
            aria-label={t("persons.selfRegistrations.confirmTitle", { name: r.name })}
          >
            {t("persons.selfRegistrations.confirm")}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t("persons.selfRegistrations.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("persons.selfRegistrations.intro")}
      </Text>
      <PagedTable
        query={registrations}
        rowKey={(r) => r.id}
        columns={columns}
        minWidth={900}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("persons.selfRegistrations.none")}</Text>}
      />
      <FormDialog
        opened={confirming !== null}
        title={confirming ? t("persons.selfRegistrations.confirmTitle", { name: confirming.name }) : ""}
        intro={
          <Text size="sm">
            {confirming && confirming.possibleDuplicates.length + confirming.heldElsewhere.count > 0
              ? t("persons.selfRegistrations.confirmWithDuplicates")
              : t("persons.selfRegistrations.confirmExplain")}
          </Text>
        }
        onClose={() => {
          setConfirming(null);
          confirm.reset();
        }}
        onSubmit={() => confirming && confirm.mutate(confirming)}
        submitLabel={t("persons.selfRegistrations.confirm")}
        pending={confirm.isPending}
        error={confirm.error}
      />
    </Stack>
  );
}
