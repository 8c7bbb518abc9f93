import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { moveReferral, type Referral, type ReferralAction, reasonCodes } from "../api/referrals";

/** Moves that need a reason, an outcome or a confirmation before they are made. */
const asking: ReferralAction[] = ["decline", "complete", "not-complete", "cancel"];

/**
 * The moves the server offers the caller's organisation on this referral (`moves`, from the domain's table),
 * and what holds one back; irreversible ones ask for a reason and confirm.
 */
export function ReferralActions({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [asked, setAsked] = useState<ReferralAction | null>(null);
  const [reasonCode, setReasonCode] = useState<(typeof reasonCodes)[number] | null>(null);
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const actions = referral.moves.flatMap((m) => (m.heldBy ? [] : [m.action]));
  const held = referral.moves.flatMap((m) => (m.heldBy ? [m.heldBy] : []));

  const move = useMutation({
    mutationFn: (action: ReferralAction) =>
      moveReferral(referral.id, action, {
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(reasonCode && (action === "decline" || action === "not-complete") ? { reasonCode } : {}),
        ...(action === "complete" ? { outcome } : {}),
      }),
    onSuccess: () => {
      setAsked(null);
      setNote("");
      setOutcome("");
      setReasonCode(null);
      setError(null);
      notifications.show({ message: t("referrals.action.done") });
      void qc.invalidateQueries({ queryKey: ["referrals"] });
      void qc.invalidateQueries({ queryKey: ["notifications"] });
    },
    onError: (e) => {
      const err = e instanceof ApiError ? e : new ApiError(0, "network", t("common.error.network"));
      setError(err);
      if (err.status === 409) void qc.invalidateQueries({ queryKey: ["referrals"] });
    },
  });

  const explain = (e: ApiError) =>
    e.status === 409 && e.code !== "consent_required"
      ? `${t("referrals.action.conflict")} (${e.message})`
      : e.status === 403
        ? `${t("referrals.action.forbidden")} (${e.message})`
        : e.message;

  if (actions.length === 0 && held.length === 0) return null;
  const title =
    asked === "decline"
      ? t("referrals.action.declineTitle")
      : asked === "complete"
        ? t("referrals.action.completeTitle")
        : asked === "not-complete"
          ? t("referrals.action.notCompleteTitle")
          : t("referrals.action.cancelTitle");
  const needsCode = asked === "decline" || asked === "not-complete";

  return (
    <>
      {error && !asked && (
        <Alert color="red" role="alert">
          {explain(error)}
        </Alert>
      )}
      {held.map((h) => (
        <Text key={h} size="sm" c="dimmed">
          {t(`referrals.action.held.${h}`, { organisation: referral.toOrganisationName })}
        </Text>
      ))}
      <Group gap="xs">
        {actions.map((a) => (
          <Button
            key={a}
            size="sm"
            variant={a === "cancel" || a === "decline" || a === "not-complete" ? "default" : "filled"}
            loading={move.isPending && move.variables === a}
            onClick={() => {
              setError(null);
              if (asking.includes(a)) setAsked(a);
              else move.mutate(a);
            }}
          >
            {t(`referrals.action.${a}`)}
          </Button>
        ))}
      </Group>
      <Modal
        closeButtonProps={{ "aria-label": t("referrals.refer.close") }}
        opened={asked !== null}
        onClose={() => setAsked(null)}
        title={title}
      >
        <Stack>
          <Text size="sm">
            {referral.service.name} · {referral.person.givenName} {referral.person.familyName}
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {explain(error)}
            </Alert>
          )}
          {needsCode && (
            <Select
              label={t("referrals.action.reasonCode")}
              required
              data={reasonCodes.map((c) => ({ value: c, label: t(`referrals.reasonCode.${c}`) }))}
              value={reasonCode}
              onChange={(v) => setReasonCode(pick(reasonCodes, v))}
              error={fieldError(error, "reasonCode")}
            />
          )}
          {asked === "complete" && (
            <Textarea
              label={t("referrals.action.outcome")}
              description={t("referrals.action.outcomeHelp")}
              required
              autosize
              minRows={2}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={fieldError(error, "outcome")}
            />
          )}
          <Textarea
            label={t("referrals.action.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(error, "note")}
          />
          {asked !== "complete" && <Text size="sm">{t("referrals.action.irreversible")}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsked(null)}>
              {t("referrals.action.back")}
            </Button>
            <Button
              loading={move.isPending}
              disabled={(needsCode && !reasonCode) || (asked === "complete" && !outcome.trim())}
              onClick={() => asked && move.mutate(asked)}
            >
              {asked ? t(`referrals.action.${asked}`) : t("referrals.action.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
