import { interfaceLanguages, peerGroupKinds } from "@homecoming/domain/values";
import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaPicker } from "../../../components/AreaPicker";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { TranslationsEditor } from "../../../components/TranslationsEditor";
import { languages } from "../../../i18n/languages";
import { createGroup, type GroupFields, listGroups, type PeerGroup, updateGroup } from "../api/community";

/**
 * The peer support groups, migration forums and associations the organisation lists for returnees: where
 * each serves, when it meets, how to reach it; changed in a dialog, taken off the directory by a switch.
 */
export function GroupsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<PeerGroup | "new" | null>(null);
  const groups = useQuery({ queryKey: ["community-groups"], queryFn: listGroups });
  const columns: Column<PeerGroup>[] = [
    { key: "name", label: t("community.groups.name"), cell: (g) => <Text fw={600}>{g.name}</Text> },
    { key: "kind", label: t("community.groups.kind"), cell: (g) => t(`community.groupKinds.${g.kind}`) },
    { key: "meets", label: t("community.groups.meets"), cell: (g) => g.meets ?? "" },
    {
      key: "active",
      label: t("community.groups.listed"),
      cell: (g) => (
        <Badge color={g.active ? "green" : "gray"} variant="light" c="dark">
          {g.active ? t("community.groups.shown") : t("community.groups.hidden")}
        </Badge>
      ),
    },
    {
      key: "actions",
      label: t("community.events.actions"),
      cell: (g) => (
        <Button
          size="xs"
          variant="default"
          onClick={() => setEditing(g)}
          aria-label={t("community.groups.editTitle", { name: g.name })}
        >
          {t("community.edit")}
        </Button>
      ),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("community.groups.heading")}</Title>
        <Button onClick={() => setEditing("new")}>{t("community.groups.new")}</Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t("community.groups.intro")}
      </Text>
      <PagedTable
        query={groups}
        rowKey={(g) => g.id}
        columns={columns}
        minWidth={720}
        limit={500}
        offset={0}
        onPage={() => undefined}
        empty={<Text>{t("community.groups.none")}</Text>}
      />
      {editing && (
        <GroupDialog
          group={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void qc.invalidateQueries({ queryKey: ["community-groups"] });
          }}
        />
      )}
    </Stack>
  );
}

type Draft = Omit<GroupFields, "kind"> & { kind: GroupFields["kind"] | ""; active: boolean };

function GroupDialog({
  group,
  onClose,
  onSaved,
}: {
  group: PeerGroup | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: group?.kind ?? "",
    name: group?.name ?? "",
    description: group?.description ?? "",
    translations: group?.translations ?? {},
    adminAreaCodes: group?.adminAreaCodes ?? [],
    languages: (group?.languages ?? []) as Draft["languages"],
    meets: group?.meets ?? "",
    phone: group?.phone ?? "",
    email: group?.email ?? "",
    website: group?.website ?? "",
    active: group?.active ?? true,
  }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const body = () => {
    const { active, ...fields } = draft;
    const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    return {
      ...fields,
      kind: fields.kind as GroupFields["kind"],
      meets: optional(fields.meets),
      phone: optional(fields.phone),
      email: optional(fields.email),
      website: optional(fields.website),
      ...(group ? { active } : {}),
    };
  };
  const save = useMutation({
    mutationFn: () =>
      group ? updateGroup(group.id, { ...body(), version: group.version }) : createGroup(body()),
    onSuccess: onSaved,
  });
  const error = (field: string) => fieldError(save.error, field);
  return (
    <FormDialog
      title={group ? t("community.groups.editTitle", { name: group.name }) : t("community.groups.new")}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      submitLabel={t("community.save")}
      pending={save.isPending}
      error={save.error}
      fields={[
        "kind",
        "name",
        "description",
        "adminAreaCodes",
        "languages",
        "meets",
        "phone",
        "email",
        "website",
      ]}
    >
      <Select
        label={t("community.groups.kind")}
        required
        data={peerGroupKinds.map((k) => ({ value: k, label: t(`community.groupKinds.${k}`) }))}
        value={draft.kind || null}
        onChange={(v) => set("kind", (v ?? "") as Draft["kind"])}
        error={error("kind")}
      />
      <TextInput
        label={t("community.groups.name")}
        required
        value={draft.name}
        onChange={(e) => set("name", e.currentTarget.value)}
        error={error("name")}
      />
      <Textarea
        label={t("community.groups.description")}
        required
        autosize
        minRows={3}
        value={draft.description}
        onChange={(e) => set("description", e.currentTarget.value)}
        error={error("description")}
      />
      <AreaPicker
        multiple
        label={t("community.groups.areas")}
        description={t("community.groups.areasHint")}
        value={draft.adminAreaCodes ?? []}
        onChange={(v) => set("adminAreaCodes", v)}
        error={error("adminAreaCodes")}
      />
      <MultiSelect
        label={t("community.groups.languages")}
        data={interfaceLanguages.map((code) => ({
          value: code,
          label: languages.find((l) => l.code === code)?.name ?? code,
        }))}
        value={draft.languages ?? []}
        onChange={(v) => set("languages", v as Draft["languages"])}
        error={error("languages")}
      />
      <TextInput
        label={t("community.groups.meets")}
        description={t("community.groups.meetsHint")}
        value={draft.meets ?? ""}
        onChange={(e) => set("meets", e.currentTarget.value)}
        error={error("meets")}
      />
      <TextInput
        label={t("community.events.phone")}
        dir="ltr"
        value={draft.phone ?? ""}
        onChange={(e) => set("phone", e.currentTarget.value)}
        error={error("phone")}
      />
      <TextInput
        label={t("community.groups.email")}
        dir="ltr"
        value={draft.email ?? ""}
        onChange={(e) => set("email", e.currentTarget.value)}
        error={error("email")}
      />
      <TextInput
        label={t("community.groups.website")}
        dir="ltr"
        value={draft.website ?? ""}
        onChange={(e) => set("website", e.currentTarget.value)}
        error={error("website")}
      />
      {group && (
        <Switch
          label={t("community.groups.shownOnPortal")}
          checked={draft.active}
          onChange={(e) => set("active", e.currentTarget.checked)}
        />
      )}
      <TranslationsEditor
        fields={[
          { key: "name", label: t("community.groups.name") },
          { key: "description", label: t("community.groups.description"), multiline: true },
        ]}
        value={draft.translations ?? {}}
        onChange={(v) => set("translations", v)}
        error={save.error}
      />
    </FormDialog>
  );
}
