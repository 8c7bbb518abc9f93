import { Select, Switch, TagsInput, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
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
  return (
    <FormDialog
      title={
        organisation ? t("admin.org.editTitle", { name: organisation.name }) : t("admin.org.createTitle")
      }
      onClose={onClose}
      onSubmit={() => save.mutate()}
      submitLabel={organisation ? t("admin.save") : t("admin.org.create")}
      pending={save.isPending}
      error={save.error}
      fields={["name", "kind", "country", "areasServed"]}
    >
      <TextInput
        label={t("admin.org.name")}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(save.error, "name")}
      />
      <Select
        label={t("admin.org.kind")}
        required
        data={organisationKinds.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))}
        value={kind}
        onChange={(v) => setKind(pick(organisationKinds, v))}
        error={fieldError(save.error, "kind")}
      />
      <TextInput
        label={t("admin.org.country")}
        description={t("admin.org.countryHelp")}
        required
        maxLength={2}
        value={country}
        onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
        error={fieldError(save.error, "country")}
      />
      <TagsInput
        label={t("admin.org.areas")}
        description={t("admin.org.areasHelp")}
        value={areas}
        onChange={(v) => setAreas(v.map((a) => a.trim().toUpperCase()))}
        error={fieldError(save.error, "areasServed")}
      />
      {organisation && (
        <Switch
          label={t("admin.org.active")}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
    </FormDialog>
  );
}
