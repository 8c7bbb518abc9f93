import { Button, Card, MultiSelect, Select, Stack, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { consentPurposes, fetchOrganisations, recordConsent } from "../api/persons";

/** Records a consent the returnee gave: what for, and which organisations it covers. */
export function RecordConsentForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState("");
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [note, setNote] = useState("");
  // the organisations a consent can name: a bounded list of the deployment's partners, searched in the picker
  const organisations = useQuery({
    queryKey: ["organisations", "all", 200],
    queryFn: () => fetchOrganisations(0, 200),
    staleTime: 5 * 60_000,
  });
  const save = useMutation({
    mutationFn: () =>
      recordConsent(personId, {
        purpose,
        organisationIds,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      setPurpose("");
      setOrganisationIds([]);
      setNote("");
      await queryClient.invalidateQueries({ queryKey: ["persons", personId, "consents"] });
    },
  });
  const e = save.error instanceof ApiError ? save.error : null;
  const fieldErr = (f: string) => (e?.field === f ? e.message : undefined);
  const unplaced = save.isError && !(e?.field && ["purpose", "organisationIds", "note"].includes(e.field));
  return (
    <Card withBorder>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t("persons.consents.record")}
          </Title>
          {unplaced && <div role="alert">{e ? e.message : t("common.error.network")}</div>}
          <Select
            label={t("persons.consents.purpose")}
            required
            data={consentPurposes.map((p) => ({ value: p, label: t(`persons.purpose.${p}`) }))}
            value={purpose || null}
            onChange={(v) => setPurpose(v ?? "")}
            error={fieldErr("purpose")}
          />
          <MultiSelect
            label={t("persons.consents.organisations")}
            description={t("persons.consents.organisationsHelp")}
            searchable
            data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={organisationIds}
            onChange={setOrganisationIds}
            error={
              fieldErr("organisationIds") ?? (organisations.isError ? t("persons.picker.failed") : undefined)
            }
          />
          <Textarea
            label={t("persons.consents.note")}
            value={note}
            onChange={(ev) => setNote(ev.currentTarget.value)}
            error={fieldErr("note")}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t("persons.consents.save")}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
