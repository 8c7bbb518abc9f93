import { urgencies } from "@homecoming/domain/values";
import { Alert, Button, Card, Group, Modal, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type Schema } from "../../../api/client";
import { fieldError } from "../../../components/fieldError";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
import { getService, type Service } from "../../directory/api/directory";
import { ServiceSummary } from "../../directory/components/ServiceSummary";
import { createReferral, moveReferral, type Referral, recordReferralConsent } from "../api/referrals";
import { ServicePicker } from "./ServicePicker";

/**
 * Refer a case to a service: choose it, say why and how urgent, create and send; consent can be recorded here.
 * With serviceId the dialog opens with that service chosen (a recommendation), and another can still be picked.
 */
type Urgency = Schema<"Urgency">;

export function ReferDialog({
  opened,
  onClose,
  caseId,
  personId,
  adminAreaCode,
  serviceId,
}: {
  opened: boolean;
  onClose: () => void;
  caseId: string;
  personId: string;
  adminAreaCode: string;
  serviceId?: string | undefined;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [picked, setPicked] = useState<Service | null>(null);
  const [choosing, setChoosing] = useState(false);
  const preselected = useQuery({
    queryKey: ["services", "one", serviceId],
    queryFn: () => getService(serviceId!),
    enabled: opened && Boolean(serviceId),
  });
  const showPreselected = Boolean(serviceId) && !choosing;
  const service = picked ?? (showPreselected ? (preselected.data ?? null) : null);
  const [reason, setReason] = useState("");
  const [urgency, setUrgency] = useState<Urgency>("routine");
  const [draft, setDraft] = useState<Referral | null>(null);
  const [consentNeeded, setConsentNeeded] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const reset = () => {
    setPicked(null);
    setChoosing(false);
    setReason("");
    setUrgency("routine");
    setDraft(null);
    setConsentNeeded(false);
    setConfirmCancel(false);
    setError(null);
  };
  const finish = () => {
    void qc.invalidateQueries({ queryKey: ["referrals"] });
    reset();
    onClose();
  };
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === "consent_required") {
      setConsentNeeded(true);
      setError(null);
    } else setError(e instanceof ApiError ? e : new ApiError(0, "network", t("common.error.network")));
  };

  const submit = useMutation({
    mutationFn: async () => {
      let r = draft;
      if (!r) {
        if (!service) throw new ApiError(400, "validation", t("referrals.refer.chooseService"), "serviceId");
        r = await createReferral({ caseId, serviceId: service.id, reason, urgency });
        setDraft(r);
        void qc.invalidateQueries({ queryKey: ["referrals"] });
      }
      return moveReferral(r.id, "send");
    },
    onSuccess: finish,
    onError: fail,
  });
  const consentAndSend = useMutation({
    mutationFn: async () => {
      if (!draft || !service) return;
      await recordReferralConsent(personId, service.organisationId);
      void qc.invalidateQueries({ queryKey: ["consents"] });
      return moveReferral(draft.id, "send");
    },
    onSuccess: finish,
    onError: fail,
  });
  const cancelDraft = useMutation({
    mutationFn: () => moveReferral(draft!.id, "cancel", { note: t("referrals.refer.cancelNote") }),
    onSuccess: finish,
    onError: fail,
  });

  const busy = submit.isPending || consentAndSend.isPending || cancelDraft.isPending;

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("referrals.refer.close") }}
      opened={opened}
      onClose={() => (draft ? finish() : onClose())}
      title={t("referrals.refer.title")}
      size="xl"
    >
      <Stack>
        {error && !error.field && (
          <Alert
            color="red"
            role="alert"
            styles={{ label: { color: "var(--mantine-color-black)" } }}
            title={t("referrals.refer.failed")}
          >
            {error.message}
          </Alert>
        )}
        {draft ? (
          <Text>
            {t("referrals.refer.draftOf", {
              service: draft.service.name,
              organisation: draft.service.organisationName,
            })}
          </Text>
        ) : (
          <>
            {showPreselected ? (
              <QueryState query={preselected}>
                {(s) => (
                  <Card withBorder padding="sm">
                    <Text size="sm" c="dimmed">
                      {t("referrals.refer.service")}
                    </Text>
                    <Text fw={600} mb={4}>
                      {s.name}
                    </Text>
                    <ServiceSummary service={s} />
                    <Group mt="xs">
                      <Button variant="default" size="xs" onClick={() => setChoosing(true)}>
                        {t("referrals.refer.chooseAnother")}
                      </Button>
                    </Group>
                  </Card>
                )}
              </QueryState>
            ) : (
              <ServicePicker adminAreaCode={adminAreaCode} selected={service} onSelect={setPicked} />
            )}
            {fieldError(error, "serviceId") && (
              <Text c="red" size="sm" role="alert">
                {fieldError(error, "serviceId")}
              </Text>
            )}
            <Textarea
              label={t("referrals.refer.reason")}
              description={t("referrals.refer.reasonHelp")}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(error, "reason")}
            />
            <div>
              <Text size="sm" fw={500} id="refer-urgency">
                {t("referrals.refer.urgency")}
              </Text>
              <SegmentedControl
                aria-labelledby="refer-urgency"
                value={urgency}
                onChange={(v) => setUrgency(pick(urgencies, v) ?? "routine")}
                data={urgencies.map((u) => ({ value: u, label: t(`referrals.urgency.${u}`) }))}
              />
            </div>
          </>
        )}
        {consentNeeded && service && (
          <Alert
            color="yellow"
            styles={{ label: { color: "var(--mantine-color-black)" } }}
            title={t("referrals.refer.consentTitle")}
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">
                {t("referrals.refer.consentExplain", { organisation: service.organisationName })}
              </Text>
              <Group>
                <Button
                  onClick={() => consentAndSend.mutate()}
                  loading={consentAndSend.isPending}
                  disabled={busy}
                >
                  {t("referrals.refer.recordConsent")}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {confirmCancel ? (
          <Alert
            color="red"
            styles={{ label: { color: "var(--mantine-color-black)" } }}
            title={t("referrals.refer.confirmCancelTitle")}
          >
            <Text size="sm">{t("referrals.refer.confirmCancel")}</Text>
            <Group mt="xs">
              <Button onClick={() => cancelDraft.mutate()} loading={cancelDraft.isPending}>
                {t("referrals.refer.cancelDraft")}
              </Button>
              <Button variant="default" onClick={() => setConfirmCancel(false)}>
                {t("referrals.refer.keepDraft")}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group justify="flex-end">
            {draft ? (
              <Button variant="default" onClick={() => setConfirmCancel(true)} disabled={busy}>
                {t("referrals.refer.cancelDraft")}
              </Button>
            ) : (
              <Button variant="default" onClick={onClose} disabled={busy}>
                {t("referrals.refer.close")}
              </Button>
            )}
            {!consentNeeded && (
              <Button onClick={() => submit.mutate()} loading={submit.isPending} disabled={busy}>
                {draft ? t("referrals.refer.send") : t("referrals.refer.createAndSend")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
