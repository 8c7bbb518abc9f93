import { Alert, Badge, Button, Group, Select, Stack, Text } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { ActiveBadge } from "../../../components/ActiveBadge";
import { FormDialog } from "../../../components/FormDialog";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { listUsers, type User, unlockUser, updateUser, userSorts } from "../api/admin";
import { UserDialog } from "./UserDialog";

const limit = 20;

const sortLabelKey: Record<(typeof userSorts)[number], string> = {
  name: "admin.sort.nameAsc",
  "-name": "admin.sort.nameDesc",
  email: "admin.sort.email",
  "-created": "admin.sort.newest",
};

/**
 * Users of one organisation: create, change roles, deactivate (with confirmation) or reactivate, and unlock
 * an account that failed logins locked.
 */
export function UsersPanel() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const sort = pick(userSorts, list.get("sort")) ?? userSorts[0];
  const organisationId = list.get("organisation");
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const filter = { organisationId, sort: sort, limit, offset: list.offset };
  const users = useQuery({
    queryKey: ["users", filter],
    queryFn: () => listUsers(filter),
    enabled: Boolean(organisationId),
    placeholderData: keepPreviousData,
  });
  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: User; active: boolean }) => updateUser(user.id, { active }),
    onSuccess: () => {
      setDeactivating(null);
      void qc.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const unlock = useMutation({
    mutationFn: unlockUser,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["users"] }),
  });
  const columns: Column<User>[] = [
    { key: "name", label: t("admin.user.name"), cell: (u) => u.name },
    { key: "email", label: t("admin.user.email"), cell: (u) => u.email },
    {
      key: "roles",
      label: t("admin.user.roles"),
      cell: (u) => u.roles.map((r) => t(`admin.role.${r}`, { defaultValue: r })).join(", "),
    },
    {
      key: "status",
      label: t("admin.status"),
      cell: (u) => (
        <Group gap={4} wrap="nowrap">
          <ActiveBadge active={u.active} />
          {u.lockedAt && (
            <>
              <Badge color="red" variant="light">
                {t("admin.user.locked")}
              </Badge>
              <Text size="xs" c="dimmed">
                <RelativeTime value={u.lockedAt} />
              </Text>
            </>
          )}
        </Group>
      ),
    },
    {
      key: "actions",
      label: t("admin.actions"),
      cell: (u) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={() => setEditing(u)}
            aria-label={t("admin.user.editTitle", { name: u.name })}
          >
            {t("admin.user.changeRoles")}
          </Button>
          {u.lockedAt && (
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={unlock.isPending && unlock.variables === u.id}
              onClick={() => unlock.mutate(u.id)}
              aria-label={t("admin.user.unlockTitle", { name: u.name })}
            >
              {t("admin.user.unlock")}
            </Button>
          )}
          {u.active ? (
            <Button
              size="xs"
              variant="default"
              onClick={() => setDeactivating(u)}
              aria-label={t("admin.user.deactivateTitle", { name: u.name })}
            >
              {t("admin.user.deactivate")}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="default"
              loading={setActive.isPending}
              onClick={() => setActive.mutate({ user: u, active: true })}
            >
              {t("admin.user.reactivate")}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <OrganisationPicker
            label={t("admin.user.organisation")}
            value={organisationId}
            onChange={(v) => list.set({ organisation: v })}
            w={320}
          />
          <Select
            label={t("admin.sortBy")}
            data={userSorts.map((s) => ({ value: s, label: t(sortLabelKey[s]) }))}
            value={sort}
            onChange={(v) => v && list.set({ sort: v })}
            allowDeselect={false}
            w={200}
          />
        </Group>
        {organisationId && <Button onClick={() => setEditing("new")}>{t("admin.user.create")}</Button>}
      </Group>
      {setActive.error && !deactivating && (
        <Alert color="red" role="alert">
          {setActive.error instanceof ApiError ? setActive.error.message : t("common.error.network")}
        </Alert>
      )}
      {unlock.error && (
        <Alert color="red" role="alert">
          {unlock.error instanceof ApiError ? unlock.error.message : t("common.error.network")}
        </Alert>
      )}
      {!organisationId ? (
        <Text c="dimmed">{t("admin.user.chooseOrganisation")}</Text>
      ) : (
        <PagedTable
          query={users}
          rowKey={(u) => u.id}
          columns={columns}
          minWidth={600}
          limit={limit}
          offset={list.offset}
          onPage={list.page}
          empty={<Text>{t("admin.user.none")}</Text>}
        />
      )}
      {editing && organisationId && (
        <UserDialog
          organisationId={organisationId}
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <FormDialog
        opened={deactivating !== null}
        title={deactivating ? t("admin.user.deactivateTitle", { name: deactivating.name }) : ""}
        intro={<Text size="sm">{t("admin.user.deactivateExplain")}</Text>}
        onClose={() => setDeactivating(null)}
        onSubmit={() => deactivating && setActive.mutate({ user: deactivating, active: false })}
        submitLabel={t("admin.user.deactivate")}
        pending={setActive.isPending}
        error={setActive.error}
      />
    </Stack>
  );
}
