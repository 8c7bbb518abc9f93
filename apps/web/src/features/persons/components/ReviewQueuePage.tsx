import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "../../../components/DateText";
import { Pager } from "../../../components/Pager";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import { can, useMe } from "../../auth/hooks/useMe";
import { fetchReviewQueue, type LinkCandidate, type PossibleDuplicate, rescanRegistry } from "../api/persons";
import { AreaName } from "./AreaName";
import { DuplicateMatch } from "./DuplicateWarning";
import { NotSameDialog } from "./LinkedRecords";
import { MergeDialog } from "./MergeDialog";

const limit = 10;
const levels = ["likely", "possible"] as const;
type PairRecord = LinkCandidate["records"][number];

/** The pair as a possible duplicate of its first record: the second, with how linkage judges them. */
const matchOf = (pair: LinkCandidate): PossibleDuplicate => ({
  personId: pair.records[1]!.id,
  displayName: pair.records[1]!.displayName,
  level: pair.level,
  probability: pair.probability,
  reasonsFor: pair.reasonsFor,
  reasonsAgainst: pair.reasonsAgainst,
});

/** The two records of a pair field by field, with the rows where they differ marked. */
function SideBySide({ pair }: { pair: LinkCandidate }) {
  const { t } = useTranslation();
  const [a, b] = pair.records as [PairRecord, PairRecord];
  const born = (r: PairRecord) => (r.birthDate ? <DateText value={r.birthDate} /> : (r.birthYear ?? ""));
  const rows: [string, (r: PairRecord) => ReactNode, (r: PairRecord) => unknown][] = [
    ["name", (r) => r.displayName, (r) => r.displayName],
    ["nameNative", (r) => r.nameNative ?? "", (r) => r.nameNative],
    // a full date beside a year alone differs only when the years do
    [
      "born",
      born,
      (r) => (a.birthDate && b.birthDate ? r.birthDate : (r.birthYear ?? r.birthDate?.slice(0, 4))),
    ],
    ["sex", (r) => t(`persons.sex.${r.sex}`, { defaultValue: r.sex }), (r) => r.sex],
    ["phone", (r) => r.phone ?? "", (r) => r.phone],
    ["nationalId", (r) => r.nationalId ?? "", (r) => r.nationalId],
    ["passport", (r) => r.passportNumber ?? "", (r) => r.passportNumber],
    ["district", (r) => <AreaName code={r.adminAreaCode} />, (r) => r.adminAreaCode],
    ["address", (r) => r.address ?? "", (r) => r.address],
    ["registeredBy", (r) => r.registeredBy ?? "", (r) => r.registeredBy],
    ["registeredAt", (r) => <DateText value={r.registeredAt} />, () => null],
  ];
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("persons.review.field")}</Table.Th>
            {[a, b].map((r, i) => (
              <Table.Th scope="col" key={r.id}>
                <Anchor component={Link} to={`/persons/${r.id}`}>
                  {t("persons.review.record", { n: i + 1, name: r.displayName })}
                </Anchor>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([key, show, value]) => {
            const va = value(a);
            const vb = value(b);
            const differs = va != null && vb != null && va !== "" && vb !== "" && va !== vb;
            return (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={600}>
                  {t(`persons.review.fields.${key}`)}
                  {differs && (
                    <Badge ml="xs" size="sm" color="red.9" variant="filled">
                      {t("persons.review.differs")}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{show(a)}</Table.Td>
                <Table.Td>{show(b)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The review queue of the registry scan: each pair with how linkage judges it, both records side by side,
 * and "same person — merge" or "not the same person". Administrators see where the scan stands and can start
 * it over.
 */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const list = useListParams();
  const level = pick(levels, list.get("level"));
  const query = { ...(level ? { level } : {}), limit, offset: list.offset };
  const queue = useQuery({
    queryKey: ["link-candidates", query],
    queryFn: () => fetchReviewQueue(query),
    placeholderData: keepPreviousData,
  });
  const [merging, setMerging] = useState<LinkCandidate | null>(null);
  const [apart, setApart] = useState<LinkCandidate | null>(null);
  const rescan = useMutation({
    mutationFn: rescanRegistry,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["link-candidates"] });
      notifications.show({ color: "green", message: t("persons.review.rescanStarted") });
    },
  });
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const scan = queue.data?.scan;
  return (
    <Stack>
      <Title order={2}>{t("persons.review.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("persons.review.intro")}
      </Text>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t("persons.review.level")}
          data={[
            { value: "all", label: t("persons.review.all") },
            ...levels.map((l) => ({ value: l, label: t(`persons.review.${l}`) })),
          ]}
          value={level ?? "all"}
          onChange={(v) => list.set({ level: v === "all" ? null : v })}
        />
        {can(me.data, "link_candidate.scan") && (
          <Button variant="default" onClick={() => rescan.mutate()} loading={rescan.isPending}>
            {t("persons.review.rescan")}
          </Button>
        )}
      </Group>
      {queue.data && (
        <Text size="sm">
          {scan
            ? t(scan.finishedAt ? "persons.review.scanDone" : "persons.review.scanRunning", {
                read: fmt.format(scan.personsRead),
                found: fmt.format(scan.pairsFound),
                version: scan.parametersVersion,
              })
            : t("persons.review.scanNever")}
        </Text>
      )}
      <QueryState query={queue}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("persons.review.empty")}</Text>
          ) : (
            <Stack>
              {page.items.map((pair) => (
                <Card
                  withBorder
                  key={pair.id}
                  component="section"
                  aria-label={t("persons.review.pairTitle", {
                    a: pair.records[0]!.displayName,
                    b: pair.records[1]!.displayName,
                  })}
                >
                  <Stack gap="sm">
                    <DuplicateMatch
                      match={{
                        ...matchOf(pair),
                        displayName: t("persons.review.pairTitle", {
                          a: pair.records[0]!.displayName,
                          b: pair.records[1]!.displayName,
                        }),
                      }}
                    />
                    <SideBySide pair={pair} />
                    <Group gap="xs">
                      <Button size="compact-sm" color="red.9" onClick={() => setMerging(pair)}>
                        {t("persons.linked.merge")}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setApart(pair)}>
                        {t("persons.linked.notSame")}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ))}
              <Pager total={page.total} limit={limit} offset={list.offset} onChange={list.page} />
            </Stack>
          )
        }
      </QueryState>
      {merging && (
        <MergeDialog
          personId={merging.records[0]!.id}
          otherId={merging.records[1]!.id}
          followSurvivor={false}
          onClose={() => {
            setMerging(null);
            void qc.invalidateQueries({ queryKey: ["link-candidates"] });
          }}
        />
      )}
      {apart && (
        <NotSameDialog
          personId={apart.records[0]!.id}
          match={matchOf(apart)}
          onClose={() => setApart(null)}
        />
      )}
    </Stack>
  );
}
