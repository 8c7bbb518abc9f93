import { Alert, Button, Stack, Table, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { Loading } from "../../../components/Loading";
import { OrganisationName } from "../../../components/OrganisationName";
import { RelativeTime } from "../../../components/RelativeTime";
import { UserName } from "../../../components/UserName";
import { fetchAudit } from "../api/persons";

/** Who read or changed this record, newest first; only the lead organisation and administrators see it. */
export function AuditTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const audit = useInfiniteQuery({
    queryKey: ["audit", personId],
    queryFn: ({ pageParam }) => fetchAudit(personId, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status === 403) && count < 2,
  });
  if (audit.isPending) return <Loading />;
  if (audit.isError) {
    if (audit.error instanceof ApiError && audit.error.status === 403)
      return <Alert color="gray">{t("persons.audit.leadOnly")}</Alert>;
    return <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  }
  const events = audit.data.pages.flatMap((p) => p.items);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("persons.audit.intro")}
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("persons.audit.when")}</Table.Th>
              <Table.Th>{t("persons.audit.who")}</Table.Th>
              <Table.Th>{t("persons.audit.organisation")}</Table.Th>
              <Table.Th>{t("persons.audit.action")}</Table.Th>
              <Table.Th>{t("persons.audit.reason")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td>
                  <RelativeTime value={e.at} />
                </Table.Td>
                <Table.Td>
                  {e.details.returneeAccountId ? (
                    t("persons.audit.returnee")
                  ) : (
                    <UserName id={e.actorUserId} none={t("persons.system")} />
                  )}
                </Table.Td>
                <Table.Td>
                  <OrganisationName id={e.actorOrganisationId} />
                </Table.Td>
                <Table.Td>
                  {e.personId === personId
                    ? t("persons.audit.event", {
                        action: t(`persons.audit.actions.${e.action}`, { defaultValue: e.action }),
                        record: t(`persons.audit.records.${e.recordType}`, { defaultValue: e.recordType }),
                      })
                    : // a list, search or notification that showed this returnee among others
                      t(`persons.audit.shownIn.${e.recordType}`, {
                        defaultValue: t("persons.audit.shownIn.other"),
                      })}
                </Table.Td>
                <Table.Td>{e.reason ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {audit.hasNextPage && (
        <div>
          <Button
            variant="default"
            onClick={() => void audit.fetchNextPage()}
            loading={audit.isFetchingNextPage}
          >
            {t("persons.audit.older")}
          </Button>
        </div>
      )}
    </Stack>
  );
}
