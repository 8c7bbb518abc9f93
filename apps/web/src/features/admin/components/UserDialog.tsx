import { Alert, Button, Group, Modal, MultiSelect, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { pickAll } from "../../../components/pick";
import { createUser, type Role, roles, type User, updateUser } from "../api/admin";

/** Create a user with roles and a password, or change a user's roles. */
export function UserDialog({
  organisationId,
  user,
  onClose,
}: {
  organisationId: string;
  user: User | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState(user?.name ?? "");
  const [password, setPassword] = useState("");
  const [chosen, setChosen] = useState<Role[]>(user?.roles ?? []);
  const save = useMutation({
    mutationFn: () =>
      user
        ? updateUser(user.id, { name, roles: chosen })
        : createUser({ organisationId, email, name, password, roles: chosen }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["users"] });
      onClose();
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const fields = ["email", "name", "password", "roles"];
  const fieldError = (f: string) => (err?.field?.split(".")[0] === f ? err.message : undefined);
  const summary =
    save.error && !(err?.field && fields.includes(err.field.split(".")[0] ?? ""))
      ? (err?.message ?? t("common.error.network"))
      : null;
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("admin.close") }}
      opened
      onClose={onClose}
      title={user ? t("admin.user.editTitle", { name: user.name }) : t("admin.user.createTitle")}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <Stack>
          {summary && (
            <Alert color="red" role="alert">
              {summary}
            </Alert>
          )}
          {!user && (
            <TextInput
              label={t("admin.user.email")}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError("email")}
            />
          )}
          <TextInput
            label={t("admin.user.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError("name")}
          />
          {!user && (
            <PasswordInput
              label={t("admin.user.password")}
              description={t("admin.user.passwordHelp")}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError("password")}
            />
          )}
          <MultiSelect
            label={t("admin.user.roles")}
            required
            data={roles.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
            value={chosen}
            onChange={(v) => setChosen(pickAll(roles, v))}
            error={fieldError("roles")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("admin.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? t("admin.save") : t("admin.user.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
