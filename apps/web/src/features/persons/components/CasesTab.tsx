import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../api/client";
import { OrganisationName } from "../../../components/OrganisationName";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { fetchPersonCases, openCase } from "../api/persons";

const limit = 20;

/** The person's cases, newest first, with a way to open one when none is open. */
export function CasesTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const cases = useQuery({
    queryKey: ["cases", { personId, offset }],
    queryFn: () => fetchPersonCases(personId, offset, limit),
  });
  const open = useMutation({
    mutationFn: () => openCase(personId),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      navigate(`/cases/${c.id}`);
    },
  });
  return (
    <QueryState query={cases}>
      {(page) => {
        const hasOpen = page.items.some((c) => c.stage !== "closed");
        return (
          <Stack>
            {open.isError && (
              <Alert color="red" role="alert" title={t("persons.cases.openFailed")}>
                {open.error instanceof ApiError ? open.error.message : t("common.error.network")}
              </Alert>
            )}
            {page.total === 0 ? (
              <Text>{t("persons.cases.none")}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("persons.cases.case")}</Table.Th>
                    <Table.Th>{t("persons.cases.stage")}</Table.Th>
                    <Table.Th>{t("persons.cases.lead")}</Table.Th>
                    <Table.Th>{t("persons.cases.opened")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${c.id}`}>
                          {t("persons.cases.openLink", { id: c.id.slice(0, 8) })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={c.stage === "closed" ? "gray" : "blue"}>
                          {t(`persons.stage.${c.stage}`, { defaultValue: c.stage })}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <OrganisationName id={c.leadOrganisationId} />
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime value={c.openedAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Pager total={page.total} limit={limit} offset={offset} onChange={setOffset} />
            {!hasOpen && (
              <Group>
                <Button onClick={() => open.mutate()} loading={open.isPending}>
                  {t("persons.cases.openCase")}
                </Button>
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
