import { Badge, Button, Group, Stack, Table, VisuallyHidden } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { listOrganisations, type Organisation } from "../api/admin";
import { OrganisationDialog } from "./OrganisationDialog";

const limit = 20;

/** Organisations, paged on the server, with create and edit. */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Organisation | "new" | null>(null);
  const orgs = useQuery({
    queryKey: ["organisations", "admin", offset],
    queryFn: () => listOrganisations(limit, offset),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setEditing("new")}>{t("admin.org.create")}</Button>
      </Group>
      <QueryState query={orgs}>
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("admin.org.name")}</Table.Th>
                    <Table.Th>{t("admin.org.kind")}</Table.Th>
                    <Table.Th>{t("admin.org.country")}</Table.Th>
                    <Table.Th>{t("admin.org.areas")}</Table.Th>
                    <Table.Th>{t("admin.status")}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t("admin.actions")}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{o.name}</Table.Td>
                      <Table.Td>{t(`admin.kind.${o.kind}`, { defaultValue: o.kind })}</Table.Td>
                      <Table.Td>{o.country}</Table.Td>
                      <Table.Td>{o.areasServed.join(", ")}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={o.active ? "green" : "gray"}
                          variant="light"
                          c={o.active ? "green.9" : "gray.9"}
                        >
                          {o.active ? t("admin.active") : t("admin.inactive")}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(o)}
                          aria-label={t("admin.org.editTitle", { name: o.name })}
                        >
                          {t("admin.edit")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager total={page.total} limit={limit} offset={offset} onChange={setOffset} />
          </>
        )}
      </QueryState>
      {editing && (
        <OrganisationDialog
          organisation={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
