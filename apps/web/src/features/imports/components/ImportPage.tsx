import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DateText } from "../../../components/DateText";
import { FormDialog } from "../../../components/FormDialog";
import { Pager } from "../../../components/Pager";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { SaveError } from "../../../components/SaveError";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import { AreaName } from "../../persons/components/AreaName";
import { DuplicateMatch } from "../../persons/components/DuplicateWarning";
import {
  commitImport,
  decideRow,
  discardImport,
  fetchImport,
  fetchImportRows,
  type ImportDecision,
  type ImportRow,
  type ImportRowState,
  type ImportSummary,
  importRowStates,
} from "../api/imports";
import { StatusBadge } from "./StatusBadge";

const limit = 25;

// each dark enough for white text at AA contrast
const stateColors: Record<ImportRowState, string> = {
  invalid: "red.9",
  to_decide: "grape.9",
  decided: "blue.9",
  ready: "teal",
  registered: "teal",
  existing: "blue.9",
  skipped: "gray.7",
};

/** The row's name, birth and district as written in the file. */
function RowIdentity({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const c = row.cells ?? {};
  const name = [c.given_name, c.family_name].filter(Boolean).join(" ");
  return (
    <Group gap="md" wrap="wrap">
      <Text fw={600}>{name || t("imports.row.noName")}</Text>
      {c.name_native && <Text>{c.name_native}</Text>}
      {(c.birth_date || c.birth_year) && (
        <Text size="sm">{t("imports.row.born", { born: c.birth_date ?? c.birth_year })}</Text>
      )}
      {c.admin_area_code && (
        <Text size="sm">
          <AreaName code={c.admin_area_code.toUpperCase()} />
        </Text>
      )}
      {c.phone && <Text size="sm">{c.phone}</Text>}
    </Group>
  );
}

/** One row of the file: its state, what is wrong with it, what it may be, and the decision. */
function RowCard({
  row,
  open,
  onDecide,
  deciding,
}: {
  row: ImportRow;
  open: boolean;
  onDecide: (decision: ImportDecision, personId?: string) => void;
  deciding: boolean;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent" });
  const matched = row.possibleDuplicates.length > 0 || row.inFile.length > 0;
  const chosen = (d: ImportDecision, personId?: string) =>
    row.decision === d && (d !== "existing" || row.personId === personId);
  return (
    <Card withBorder component="section" aria-label={t("imports.row.title", { row: row.row })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>{t("imports.row.title", { row: row.row })}</Text>
            <Badge variant="filled" color={stateColors[row.state]} miw="max-content">
              {t(`imports.state.${row.state}`)}
            </Badge>
          </Group>
          {row.personId && (row.state === "registered" || row.state === "existing") && (
            <Anchor component={Link} to={`/persons/${row.personId}`}>
              {t("imports.row.openRecord")}
            </Anchor>
          )}
        </Group>
        {row.cells && <RowIdentity row={row} />}
        {row.problems.length > 0 && (
          <Alert color="red" variant="outline" title={t("imports.row.problems")}>
            <List size="sm">
              {row.problems.map((p) => (
                <List.Item key={`${p.column}:${p.message}`}>
                  {p.column ? (
                    <Text span ff="monospace" size="sm">
                      {p.column}
                    </Text>
                  ) : null}
                  {p.column ? ": " : ""}
                  {p.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {row.inFile.length > 0 && (
          <Text size="sm">
            {row.inFile
              .map((m) =>
                t("imports.row.inFile", {
                  row: m.row,
                  level: t(`persons.duplicates.level.${m.level}`),
                  probability: percent.format(m.probability),
                }),
              )
              .join(" ")}
          </Text>
        )}
        {row.possibleDuplicates.map((match) => (
          <Stack key={match.personId} gap={4}>
            <DuplicateMatch match={match} />
            <Group gap="xs">
              <Anchor component={Link} to={`/persons/${match.personId}`} size="sm" target="_blank">
                {t("imports.row.openMatch")}
              </Anchor>
              {open && (
                <Button
                  size="compact-sm"
                  variant={chosen("existing", match.personId) ? "filled" : "default"}
                  aria-pressed={chosen("existing", match.personId)}
                  disabled={deciding}
                  onClick={() => onDecide("existing", match.personId)}
                >
                  {t("imports.decide.existing")}
                </Button>
              )}
            </Group>
          </Stack>
        ))}
        {row.heldElsewhere.count > 0 && (
          <Text size="sm" c="dimmed">
            {row.heldElsewhere.message}
          </Text>
        )}
        {open && row.state !== "invalid" && (
          <Group gap="xs">
            {matched && (
              <Button
                size="compact-sm"
                variant={chosen("register") ? "filled" : "default"}
                aria-pressed={chosen("register")}
                disabled={deciding}
                onClick={() => onDecide("register")}
              >
                {t("imports.decide.register")}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant={chosen("skip") ? "filled" : "default"}
              aria-pressed={chosen("skip")}
              disabled={deciding}
              onClick={() => onDecide("skip")}
            >
              {t("imports.decide.skip")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The rows the commit registers, as far as the counts tell. */
function CommitDialog({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const commit = useMutation({
    mutationFn: () => commitImport(summary.id),
    onSuccess: async (closed) => {
      await qc.invalidateQueries({ queryKey: ["imports"] });
      notifications.show({
        color: "green",
        message: t("imports.commit.done", { count: closed.counts.registered ?? 0 }),
      });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t("imports.commit.title")}
      intro={t("imports.commit.intro", {
        ready: fmt.format(summary.counts.ready ?? 0),
        decided: fmt.format(summary.counts.decided ?? 0),
        invalid: fmt.format(summary.counts.invalid ?? 0),
      })}
      onClose={onClose}
      onSubmit={() => commit.mutate()}
      submitLabel={t("imports.commit.submit")}
      pending={commit.isPending}
      error={commit.error}
    />
  );
}

function DiscardDialog({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const discard = useMutation({
    mutationFn: () => discardImport(summary.id),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ["imports"] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t("imports.discard.title")}
      intro={t("imports.discard.intro")}
      onClose={onClose}
      onSubmit={() => discard.mutate()}
      submitLabel={t("imports.discard.submit")}
      pending={discard.isPending}
      danger
      error={discard.error}
    />
  );
}

/**
 * The review of an import: how many rows are in each state, the rows (filtered by state) with their problems
 * and possible duplicates, a decision for each row that may be someone already registered, and the commit
 * that registers the rest.
 */
export function ImportPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const state = pick(importRowStates, list.get("state"));
  const query = { ...(state ? { state } : {}), limit, offset: list.offset };
  const summary = useQuery({ queryKey: ["imports", id], queryFn: () => fetchImport(id) });
  const rows = useQuery({
    queryKey: ["imports", id, "rows", query],
    queryFn: () => fetchImportRows(id, query),
    placeholderData: keepPreviousData,
  });
  const decide = useMutation({
    mutationFn: ({ row, decision, personId }: { row: number; decision: ImportDecision; personId?: string }) =>
      decideRow(id, row, { decision, ...(personId ? { personId } : {}) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["imports", id] }),
  });
  const [dialog, setDialog] = useState<"commit" | "discard" | null>(null);
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  return (
    <QueryState query={summary}>
      {(s) => {
        const open = s.status === "review";
        const waiting = s.counts.to_decide ?? 0;
        const states = importRowStates.filter((st) => (s.counts[st] ?? 0) > 0);
        return (
          <Stack>
            <Anchor component={Link} to="/imports" size="sm">
              {t("imports.back")}
            </Anchor>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Title order={2}>{s.fileName}</Title>
                <Group gap="xs">
                  <StatusBadge status={s.status} />
                  <Text size="sm">
                    {t("imports.uploadedOn")} <DateText value={s.createdAt} />
                  </Text>
                  <Text size="sm">{t("imports.rowCount", { count: s.rowCount })}</Text>
                </Group>
              </Stack>
              {open && (
                <Group>
                  <Button variant="default" color="red.9" onClick={() => setDialog("discard")}>
                    {t("imports.discard.open")}
                  </Button>
                  <Button onClick={() => setDialog("commit")} disabled={waiting > 0}>
                    {t("imports.commit.open")}
                  </Button>
                </Group>
              )}
            </Group>
            {open && (
              <Alert color={waiting > 0 ? "orange" : "blue"} variant="outline">
                {waiting > 0
                  ? t("imports.waiting", { count: waiting, n: fmt.format(waiting) })
                  : t("imports.readyToCommit")}
              </Alert>
            )}
            {s.ignoredColumns.length > 0 && (
              <Text size="sm" c="dimmed">
                {t("imports.ignored", { columns: s.ignoredColumns.join(", ") })}
              </Text>
            )}
            <SaveError error={decide.error} title={t("imports.decide.failed")} />
            <SegmentedControl
              aria-label={t("imports.filter")}
              data={[
                { value: "all", label: t("imports.all", { n: fmt.format(s.rowCount) }) },
                ...states.map((st) => ({
                  value: st,
                  label: `${t(`imports.state.${st}`)} (${fmt.format(s.counts[st] ?? 0)})`,
                })),
              ]}
              value={state ?? "all"}
              onChange={(v) => list.set({ state: v === "all" ? null : v })}
            />
            <QueryState query={rows}>
              {(page) => (
                <Stack>
                  {page.items.map((row) => (
                    <RowCard
                      key={row.row}
                      row={row}
                      open={open}
                      deciding={decide.isPending}
                      onDecide={(decision, personId) =>
                        decide.mutate({ row: row.row, decision, ...(personId ? { personId } : {}) })
                      }
                    />
                  ))}
                  <Pager total={page.total} limit={limit} offset={list.offset} onChange={list.page} />
                </Stack>
              )}
            </QueryState>
            {dialog === "commit" && <CommitDialog summary={s} onClose={() => setDialog(null)} />}
            {dialog === "discard" && <DiscardDialog summary={s} onClose={() => setDialog(null)} />}
          </Stack>
        );
      }}
    </QueryState>
  );
}
