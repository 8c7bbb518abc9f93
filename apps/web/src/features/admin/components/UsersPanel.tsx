import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { Pager } from "../../../components/Pager";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { useListParams } from "../../../hooks/useListParams";
import { listUsers, type User, updateUser, userSorts } from "../api/admin";
import { UserDialog } from "./UserDialog";

const limit = 20;

const sortLabelKey: Record<(typeof userSorts)[number], string> = {
  name: "admin.sort.nameAsc",
  "-name": "admin.sort.nameDesc",
  email: "admin.sort.email",
  "-created": "admin.sort.newest",
};

/** Users of one organisation: create, change roles, deactivate (with confirmation) or reactivate. */
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
      {!organisationId ? (
        <Text c="dimmed">{t("admin.user.chooseOrganisation")}</Text>
      ) : (
        <QueryState query={users}>
          {(page) => (
            <>
              <Table.ScrollContainer minWidth={600}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("admin.user.name")}</Table.Th>
                      <Table.Th>{t("admin.user.email")}</Table.Th>
                      <Table.Th>{t("admin.user.roles")}</Table.Th>
                      <Table.Th>{t("admin.status")}</Table.Th>
                      <Table.Th>{t("admin.actions")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={5}>{t("admin.user.none")}</Table.Td>
                      </Table.Tr>
                    )}
                    {page.items.map((u) => (
                      <Table.Tr key={u.id}>
                        <Table.Td>{u.name}</Table.Td>
                        <Table.Td>{u.email}</Table.Td>
                        <Table.Td>
                          {u.roles.map((r) => t(`admin.role.${r}`, { defaultValue: r })).join(", ")}
                        </Table.Td>
                        <Table.Td>
                          <Badge color={u.active ? "teal.9" : "gray.7"}>
                            {u.active ? t("admin.active") : t("admin.inactive")}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setEditing(u)}
                              aria-label={t("admin.user.editTitle", { name: u.name })}
                            >
                              {t("admin.user.changeRoles")}
                            </Button>
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
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                total={page.total}
                limit={limit}
                offset={list.offset}
                onChange={(o) => list.set({ offset: String(o) })}
              />
            </>
          )}
        </QueryState>
      )}
      {editing && organisationId && (
        <UserDialog
          organisationId={organisationId}
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal
        closeButtonProps={{ "aria-label": t("admin.close") }}
        opened={deactivating !== null}
        onClose={() => setDeactivating(null)}
        title={deactivating ? t("admin.user.deactivateTitle", { name: deactivating.name }) : ""}
      >
        <Stack>
          <Text size="sm">{t("admin.user.deactivateExplain")}</Text>
          {setActive.error && (
            <Alert color="red" role="alert">
              {setActive.error instanceof ApiError ? setActive.error.message : t("common.error.network")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeactivating(null)}>
              {t("admin.cancel")}
            </Button>
            <Button
              loading={setActive.isPending}
              onClick={() => deactivating && setActive.mutate({ user: deactivating, active: false })}
            >
              {t("admin.user.deactivate")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
