import { Button, Card, Select, Stack, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { OrganisationPicker } from "../../../components/OrganisationPicker";
import { pick } from "../../../components/pick";
import { consentPurposes, recordConsent } from "../api/persons";

/** Records a consent the returnee gave: what for, and which organisations it covers. */
export function RecordConsentForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState<(typeof consentPurposes)[number] | "">("");
  const [organisations, setOrganisations] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const save = useMutation({
    mutationFn: () =>
      recordConsent(personId, {
        purpose,
        organisationIds: organisations,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      setPurpose("");
      setOrganisations([]);
      setNote("");
      await queryClient.invalidateQueries({ queryKey: ["persons", personId, "consents"] });
    },
  });
  const e = save.error instanceof ApiError ? save.error : null;
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
            onChange={(v) => setPurpose(pick(consentPurposes, v) ?? "")}
            error={fieldError(save.error, "purpose")}
          />
          <OrganisationPicker
            multiple
            minLength={2}
            label={t("persons.consents.organisations")}
            description={t("persons.consents.organisationsHelp")}
            value={organisations}
            onChange={setOrganisations}
            error={fieldError(save.error, "organisationIds")}
          />
          <Textarea
            label={t("persons.consents.note")}
            value={note}
            onChange={(ev) => setNote(ev.currentTarget.value)}
            error={fieldError(save.error, "note")}
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
