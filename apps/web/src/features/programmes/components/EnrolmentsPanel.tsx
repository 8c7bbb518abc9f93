import { financeKinds } from "@homecoming/domain/values";
import { Alert, Anchor, Button, Group, Select, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../../api/client";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { ConditionList } from "../../rules/components/ConditionList";
import { VerdictBadge } from "../../rules/components/VerdictBadge";
import {
  type Enrolment,
  type EnrolmentAction,
  enrolmentStatuses,
  listEnrolments,
  moveEnrolment,
  needsReason,
  type Programme,
  programmeKeys,
} from "../api/programmes";
import { AmountDialog } from "./AmountDialog";
import { EnrolmentStatusBadge } from "./EnrolmentStatusBadge";
import { ReasonDialog } from "./ReasonDialog";

const limit = 20;
const caseLabel = (e: Enrolment) => e.caseId.slice(0, 8);

/** The programme's enrolments by status, with the moves each one allows (its organisation and administrators). */
export function EnrolmentsPanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useListParams();
  const status = list.get("status");
  const offset = list.offset;
  const enrolments = useQuery({
    queryKey: [...programmeKeys.enrolments(programme.id), { status, offset }],
    queryFn: () => {
      const chosen = pick(enrolmentStatuses, status);
      return listEnrolments(programme.id, { ...(chosen ? { status: [chosen] } : {}), limit, offset });
    },
    placeholderData: keepPreviousData,
  });
  const [asking, setAsking] = useState<{ enrolment: Enrolment; action: "reject" | "drop" } | null>(null);
  // a loan or grant starts with the money given
  const money = financeKinds.find((k) => k === programme.kind) ?? null;
  const [giving, setGiving] = useState<Enrolment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: ({
      enrolment,
      action,
      reason,
      given,
    }: {
      enrolment: Enrolment;
      action: EnrolmentAction;
      reason?: string;
      given?: { amountGiven: number; currency?: string };
    }) =>
      moveEnrolment(enrolment.id, action, {
        version: enrolment.version,
        ...(reason ? { reason } : {}),
        ...given,
      }),
    onMutate: () => setNotice(null),
    onSuccess: (moved, { enrolment, action }) => {
      setAsking(null);
      setGiving(null);
      setNotice(
        action === "accept" && moved.status === "waitlisted"
          ? t("programmes.enrolments.wentToWaitlist", { id: caseLabel(enrolment) })
          : t("programmes.enrolments.moved", {
              id: caseLabel(enrolment),
              status: t(`programmes.enrolments.statuses.${moved.status}`),
            }),
      );
      void qc.invalidateQueries({ queryKey: programmeKeys.enrolments(programme.id) });
      void qc.invalidateQueries({ queryKey: programmeKeys.one(programme.id) });
    },
  });
  const inlineError = move.error && !asking && !giving ? move.error : null;
  const columns: Column<Enrolment>[] = [
    {
      key: "case",
      label: t("programmes.enrolments.column.case"),
      nowrap: true,
      cell: (e) => (
        <Anchor component={Link} to={`/cases/${e.caseId}`}>
          {t("programmes.enrolments.caseLink", { id: caseLabel(e) })}
        </Anchor>
      ),
    },
    {
      key: "applied",
      label: t("programmes.enrolments.column.applied"),
      cell: (e) => <RelativeTime value={e.createdAt} />,
    },
    {
      key: "status",
      label: t("programmes.enrolments.column.status"),
      cell: (e) => <EnrolmentStatusBadge status={e.status} />,
    },
    {
      key: "ruleVersion",
      label: t("programmes.enrolments.column.ruleVersion"),
      nowrap: true,
      cell: (e) => t("programmes.ruleVersion", { n: e.ruleVersion }),
    },
    {
      key: "verdict",
      label: t("programmes.enrolments.column.verdict"),
      cell: (e) => (
        <Stack gap={4} align="start">
          <VerdictBadge verdict={e.verdict.verdict} size="sm" />
          {e.verdict.conditions.length > 0 && (
            <details>
              <summary>
                <Text span size="sm">
                  {t("programmes.enrolments.reasons")}
                </Text>
              </summary>
              <ConditionList conditions={e.verdict.conditions} anyOf={e.verdict.anyOf} />
            </details>
          )}
        </Stack>
      ),
    },
    {
      key: "reason",
      label: t("programmes.enrolments.column.reason"),
      cell: (e) => <Text size="sm">{e.reason ?? e.note ?? ""}</Text>,
    },
    {
      key: "actions",
      label: t("programmes.enrolments.column.actions"),
      cell: (e) => (
        <Group gap={6}>
          {e.moves.map((action) => {
            const label = t(`programmes.enrolments.action.${action}`);
            return (
              <Button
                key={action}
                size="xs"
                variant={needsReason(action) ? "outline" : action === "waitlist" ? "default" : "filled"}
                color={needsReason(action) ? "red" : undefined}
                aria-label={t("programmes.enrolments.moveLabel", { action: label, id: caseLabel(e) })}
                loading={
                  move.isPending && move.variables?.enrolment.id === e.id && move.variables.action === action
                }
                onClick={() => {
                  if (action === "reject" || action === "drop") {
                    move.reset();
                    setAsking({ enrolment: e, action });
                  } else if (action === "start" && money) {
                    move.reset();
                    setGiving(e);
                  } else move.mutate({ enrolment: e, action });
                }}
              >
                {label}
              </Button>
            );
          })}
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={3} size="h4">
          {t("programmes.enrolments.title")}
        </Title>
        <Select
          label={t("programmes.enrolments.status")}
          data={[
            { value: "all", label: t("programmes.enrolments.allStatuses") },
            ...enrolmentStatuses.map((s) => ({ value: s, label: t(`programmes.enrolments.statuses.${s}`) })),
          ]}
          value={status || "all"}
          onChange={(v) => list.set({ status: v && v !== "all" ? v : "" })}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <div aria-live="polite">
        {notice && (
          <Alert color="teal" role="status">
            {notice}
          </Alert>
        )}
      </div>
      {inlineError && (
        <Alert color="red" role="alert" title={t("programmes.enrolments.moveFailed")}>
          {inlineError instanceof ApiError ? inlineError.message : t("common.error.network")}
        </Alert>
      )}
      <PagedTable
        query={enrolments}
        rowKey={(e) => e.id}
        columns={columns}
        minWidth={960}
        limit={limit}
        offset={offset}
        onPage={list.page}
        empty={<Text>{status ? t("programmes.enrolments.none") : t("programmes.enrolments.noneAll")}</Text>}
      />
      <ReasonDialog
        key={asking ? `${asking.enrolment.id}:${asking.action}` : "closed"}
        action={asking?.action ?? null}
        caseLabel={asking ? caseLabel(asking.enrolment) : ""}
        pending={move.isPending}
        error={asking ? move.error : null}
        onClose={() => {
          setAsking(null);
          move.reset();
        }}
        onConfirm={(reason) =>
          asking && move.mutate({ enrolment: asking.enrolment, action: asking.action, reason })
        }
      />
      <AmountDialog
        key={giving ? `${giving.id}:start` : "closed-start"}
        kind={giving ? money : null}
        caseLabel={giving ? caseLabel(giving) : ""}
        pending={move.isPending}
        error={giving ? move.error : null}
        onClose={() => {
          setGiving(null);
          move.reset();
        }}
        onConfirm={(given) => giving && move.mutate({ enrolment: giving, action: "start", given })}
      />
    </Stack>
  );
}
