import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { areaLabels } from "../../../components/areas";
import { QueryState } from "../../../components/QueryState";
import { intlLocale } from "../../../i18n/languages";
import { getService, type Service, type ServiceInput, updateService } from "../api/directory";
import { useLanguages } from "../hooks/languages";
import { ServiceForm } from "./ServiceForm";
import { ServiceSummary } from "./ServiceSummary";

function toInput(s: Service): ServiceInput {
  return {
    organisationId: s.organisationId,
    name: s.name,
    description: s.description,
    category: s.category,
    locations: s.locations,
    serviceAreas: s.serviceAreas,
    languages: s.languages,
    eligibility: s.eligibility,
    eligibilityRule: s.eligibilityRule,
    capacity: s.capacity,
    cost: s.cost,
    contact: s.contact,
    translations: s.translations,
  };
}

/** One service in full; its organisation and administrators edit it here. */
export function ServicePage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const languages = useLanguages();
  const service = useQuery({ queryKey: ["services", "one", id], queryFn: () => getService(id) });
  // a save names the version it started from: one made meanwhile by someone else is not overwritten
  const save = useMutation({
    mutationFn: (input: ServiceInput) => {
      const { organisationId: _org, ...patch } = input;
      return updateService(id, { ...patch, version: service.data!.version });
    },
    onSuccess: () => {
      setEditing(false);
      notifications.show({
        message: t("directory.form.saved"),
        closeButtonProps: { "aria-label": t("directory.form.closeNotice") },
      });
      void qc.invalidateQueries({ queryKey: ["services"] });
    },
    onError: (error) => {
      // saved meanwhile by someone else: read it again, so that cancelling shows their version and the next
      // save starts from it; what was typed stays in the form
      if (error instanceof ApiError && error.code === "stale_version")
        void qc.invalidateQueries({ queryKey: ["services", "one", id] });
    },
  });
  const toggleActive = useMutation({
    mutationFn: (active: boolean) => updateService(id, { active, version: service.data!.version }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["services"] }),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/directory" size="sm">
        {t("directory.back")}
      </Anchor>
      <QueryState query={service}>
        {(s) => {
          const canEdit = s.can.includes("update");
          const areaNames = areaLabels(t, s.areas);
          return (
            <>
              <Group justify="space-between">
                <Title order={2}>{s.name}</Title>
                {canEdit && !editing && (
                  <Group>
                    <Button onClick={() => setEditing(true)}>{t("directory.edit")}</Button>
                    <Button
                      variant="default"
                      loading={toggleActive.isPending}
                      onClick={() => toggleActive.mutate(!s.active)}
                    >
                      {s.active ? t("directory.deactivate") : t("directory.activate")}
                    </Button>
                  </Group>
                )}
              </Group>
              {editing ? (
                <ServiceForm
                  initial={toInput(s)}
                  areaLabels={areaNames}
                  isNew={false}
                  onSave={(input) => save.mutate(input)}
                  saving={save.isPending}
                  error={save.error}
                />
              ) : (
                <>
                  <ServiceSummary service={s} />
                  <Text size="sm">
                    <Text span fw={500}>
                      {t("directory.field.serviceAreas")}:
                    </Text>{" "}
                    {s.serviceAreas.map((code) => areaNames[code] ?? code).join("; ")}
                  </Text>
                  {s.languages.length > 0 && (
                    <Text size="sm">
                      <Text span fw={500}>
                        {t("directory.field.languages")}:
                      </Text>{" "}
                      {s.languages.map(languages.nameOf).join(", ")}
                    </Text>
                  )}
                  <Text size="sm">
                    <Text span fw={500}>
                      {t("directory.field.capacity")}:
                    </Text>{" "}
                    {s.capacity === null
                      ? t("directory.noCapacity")
                      : new Intl.NumberFormat(intlLocale(i18n.language)).format(s.capacity)}
                  </Text>
                  {s.locations.map((l) => (
                    <Text size="sm" key={`${l.name}-${l.adminAreaCode}`}>
                      <Badge variant="outline" mr="xs">
                        {areaNames[l.adminAreaCode] ?? l.adminAreaCode}
                      </Badge>
                      {[l.name, l.address, l.openingHours].filter(Boolean).join(" · ")}
                    </Text>
                  ))}
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
