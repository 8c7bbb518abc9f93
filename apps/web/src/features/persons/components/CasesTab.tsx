import { Alert, Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError, newIdempotencyKey } from "../../../api/client";
import { OrganisationName } from "../../../components/OrganisationName";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { RelativeTime } from "../../../components/RelativeTime";
import { fetchPersonCases, openCase } from "../api/persons";

const limit = 20;
type CaseRow = Awaited<ReturnType<typeof fetchPersonCases>>["items"][number];

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
  // one key for this page: a second click, or a retry, opens the case once
  const [openKey] = useState(newIdempotencyKey);
  const open = useMutation({
    mutationFn: () => openCase(personId, openKey),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      navigate(`/cases/${c.id}`);
    },
  });
  const columns: Column<CaseRow>[] = [
    {
      key: "case",
      label: t("persons.cases.case"),
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`}>
          {t("persons.cases.openLink", { id: c.id.slice(0, 8) })}
        </Anchor>
      ),
    },
    {
      key: "stage",
      label: t("persons.cases.stage"),
      cell: (c) => (
        <Badge variant="light" color={c.stage === "closed" ? "gray" : "blue"}>
          {t(`persons.stage.${c.stage}`, { defaultValue: c.stage })}
        </Badge>
      ),
    },
    {
      key: "lead",
      label: t("persons.cases.lead"),
      cell: (c) => <OrganisationName id={c.leadOrganisationId} />,
    },
    { key: "opened", label: t("persons.cases.opened"), cell: (c) => <RelativeTime value={c.openedAt} /> },
  ];
  return (
    <Stack>
      {open.isError && (
        <Alert color="red" role="alert" title={t("persons.cases.openFailed")}>
          {open.error instanceof ApiError ? open.error.message : t("common.error.network")}
        </Alert>
      )}
      <PagedTable
        query={cases}
        rowKey={(c) => c.id}
        columns={columns}
        limit={limit}
        offset={offset}
        onPage={setOffset}
        empty={<Text>{t("persons.cases.none")}</Text>}
      />
      {cases.isSuccess && !cases.data.items.some((c) => c.stage !== "closed") && (
        <Group>
          <Button onClick={() => open.mutate()} loading={open.isPending}>
            {t("persons.cases.openCase")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
