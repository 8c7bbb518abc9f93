import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CaseDetail, handOver } from "../api/cases";
import { fieldError } from "../hooks/fieldError";
import { useInvalidateCase } from "../hooks/useInvalidateCase";
import { SaveError } from "./SaveError";

export function HandOverForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const invalidateCase = useInvalidateCase(detail.id);
  const [service, setService] = useState("");
  const [note, setNote] = useState("");
  const save = useMutation({
    mutationFn: () =>
      handOver(detail.id, {
        version: detail.version,
        nationalService: service.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => void invalidateCase(),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <SaveError error={save.error} fields={["nationalService", "note"]} />
        <TextInput
          label={t("cases.handOver.service")}
          description={t("cases.handOver.serviceHint")}
          value={service}
          onChange={(e) => setService(e.currentTarget.value)}
          error={fieldError(save.error, "nationalService")}
        />
        <Textarea
          label={t("cases.handOver.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(save.error, "note")}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("cases.handOver.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
