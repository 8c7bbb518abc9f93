import { Alert, Button, Group, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/RelativeTime";
import { SaveError } from "../../../components/SaveError";
import { can, useMe } from "../../auth/hooks/useMe";
import { confirmSelfRegistration, type Person } from "../api/persons";

/**
 * A record the returnee made on the portal, until the registering organisation confirms it: who made it and
 * when, what they said they need, and the confirmation (after checking the possible duplicates shown below).
 */
export function SelfRegistrationNotice({ person }: { person: Person }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const confirm = useMutation({
    mutationFn: () => confirmSelfRegistration(person.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["persons", person.id] });
      void qc.invalidateQueries({ queryKey: ["self-registrations"] });
    },
  });
  if (!person.selfRegisteredAt || person.confirmedAt) return null;
  const needs = person.statedNeeds ?? [];
  return (
    <Alert
      variant="outline"
      color="orange"
      title={t("persons.selfRegistrations.notice")}
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm">
            {t("persons.selfRegistrations.noticeWhen")} <RelativeTime value={person.selfRegisteredAt} />
          </Text>
          <Text size="sm">
            {t("persons.selfRegistrations.needs")}:{" "}
            {needs.length
              ? needs.map((n) => t(`persons.selfRegistrations.need.${n}`)).join("; ")
              : t("persons.selfRegistrations.noNeeds")}
          </Text>
          <Text size="sm">{t("persons.selfRegistrations.noticeNext")}</Text>
        </div>
        {can(me.data, "person.confirm_registration") && (
          <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
            {t("persons.selfRegistrations.confirm")}
          </Button>
        )}
      </Group>
      <SaveError error={confirm.error} />
    </Alert>
  );
}
