import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { areaLabels } from "../../../components/areas";
import type { Service } from "../api/directory";

const servedAreas = (t: TFunction, service: Service) => {
  const labels = areaLabels(t, service.areas);
  return service.serviceAreas.map((code) => labels[code] ?? code).join("; ");
};

/** What a service is, who it is for, what it costs, where it is and how to reach it. */
export function ServiceSummary({ service }: { service: Service }) {
  const { t } = useTranslation();
  const c = service.contact;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="outline">
          {t(`taxonomy.category.${service.category}`, { defaultValue: service.category })}
        </Badge>
        <Text size="sm" c="dimmed">
          {service.organisationName}
        </Text>
        {!service.active && <Badge color="gray.7">{t("directory.inactive")}</Badge>}
      </Group>
      {service.description && <Text size="sm">{service.description}</Text>}
      <Text size="sm">
        <Text span fw={500}>
          {t("directory.field.eligibility")}:
        </Text>{" "}
        {service.eligibility || t("directory.everyone")}
      </Text>
      <Text size="sm">
        <Text span fw={500}>
          {t("directory.field.cost")}:
        </Text>{" "}
        {service.cost}
      </Text>
      <Text size="sm">
        <Text span fw={500}>
          {t("directory.field.where")}:
        </Text>{" "}
        {service.locations.length
          ? service.locations.map((l) => [l.name, l.address].filter(Boolean).join(", ")).join("; ")
          : t("directory.areas", { areas: servedAreas(t, service) })}
      </Text>
      {(c.phone || c.email || c.website || c.person) && (
        <Text size="sm">
          <Text span fw={500}>
            {t("directory.field.contact")}:
          </Text>{" "}
          {[c.person, c.phone].filter(Boolean).join(", ")}
          {c.email && (
            <>
              {" "}
              <Anchor href={`mailto:${c.email}`} size="sm">
                {c.email}
              </Anchor>
            </>
          )}
          {c.website && (
            <>
              {" "}
              <Anchor href={c.website} size="sm" target="_blank" rel="noreferrer">
                {c.website}
              </Anchor>
            </>
          )}
        </Text>
      )}
    </Stack>
  );
}
