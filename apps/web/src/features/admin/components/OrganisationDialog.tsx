import { Alert, Button, Group, Modal, Select, Stack, Switch, TagsInput, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { pick } from "../../../components/pick";
import {
  createOrganisation,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
  organisationKinds,
  updateOrganisation,
} from "../api/admin";

/** Create an organisation, or edit its kind, country, areas and whether it is active. */
export function OrganisationDialog({
  organisation,
  onClose,
}: {
  organisation: Organisation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(organisation?.name ?? "");
  const [kind, setKind] = useState<OrganisationKind | null>(organisation?.kind ?? null);
  const [country, setCountry] = useState(organisation?.country ?? "");
  const [areas, setAreas] = useState<string[]>(organisation?.areasServed ?? []);
  const [active, setActive] = useState(organisation?.active ?? true);
  const save = useMutation({
    mutationFn: () => {
      const input: OrganisationInput = { name, kind: kind ?? "", country, areasServed: areas };
      return organisation
        ? updateOrganisation(organisation.id, { ...input, active })
        : createOrganisation(input);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["organisations"] });
      onClose();
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const fieldError = (f: string) => (err?.field?.split(".")[0] === f ? err.message : undefined);
  const summary =
    save.error &&
    !(err?.field && ["name", "kind", "country", "areasServed"].includes(err.field.split(".")[0] ?? ""))
      ? (err?.message ?? t("common.error.network"))
      : null;
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("admin.close") }}
      opened
      onClose={onClose}
      title={
        organisation ? t("admin.org.editTitle", { name: organisation.name }) : t("admin.org.createTitle")
      }
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
          <TextInput
            label={t("admin.org.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError("name")}
          />
          <Select
            label={t("admin.org.kind")}
            required
            data={organisationKinds.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(pick(organisationKinds, v))}
            error={fieldError("kind")}
          />
          <TextInput
            label={t("admin.org.country")}
            description={t("admin.org.countryHelp")}
            required
            maxLength={2}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
            error={fieldError("country")}
          />
          <TagsInput
            label={t("admin.org.areas")}
            description={t("admin.org.areasHelp")}
            value={areas}
            onChange={(v) => setAreas(v.map((a) => a.trim().toUpperCase()))}
            error={fieldError("areasServed")}
          />
          {organisation && (
            <Switch
              label={t("admin.org.active")}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("admin.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {organisation ? t("admin.save") : t("admin.org.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
