import { MultiSelect, PasswordInput, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
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
  return (
    <FormDialog
      title={user ? t("admin.user.editTitle", { name: user.name }) : t("admin.user.createTitle")}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      submitLabel={user ? t("admin.save") : t("admin.user.create")}
      pending={save.isPending}
      error={save.error}
      fields={["email", "name", "password", "roles"]}
    >
      {!user && (
        <TextInput
          label={t("admin.user.email")}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(save.error, "email")}
        />
      )}
      <TextInput
        label={t("admin.user.name")}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(save.error, "name")}
      />
      {!user && (
        <PasswordInput
          label={t("admin.user.password")}
          description={t("admin.user.passwordHelp")}
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(save.error, "password")}
        />
      )}
      <MultiSelect
        label={t("admin.user.roles")}
        required
        data={roles.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
        value={chosen}
        onChange={(v) => setChosen(pickAll(roles, v))}
        error={fieldError(save.error, "roles")}
      />
    </FormDialog>
  );
}
