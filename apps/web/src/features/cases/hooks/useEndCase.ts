import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { fieldError } from "../../../components/fieldError";
import type { Case, CaseDetail, OpenItemsAcknowledgement } from "../api/cases";
import { useInvalidateCase } from "./useInvalidateCase";

/**
 * Closing or handing over: the request, sent with the acknowledgement of the case's open items and the reason
 * typed for them, and the props of the dialog that confirms it (EndCaseForm).
 */
export function useEndCase(
  detail: CaseDetail,
  send: (acknowledgement: OpenItemsAcknowledgement) => Promise<Case>,
) {
  const invalidateCase = useInvalidateCase(detail.id);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const items = detail.openItems;
  const save = useMutation({
    mutationFn: () =>
      send(items.length ? { acknowledgeOpenItems: true, openItemsReason: reason.trim() } : {}),
    onSuccess: () => void invalidateCase(),
    onSettled: () => setConfirming(false),
  });
  return {
    save,
    confirm: () => setConfirming(true),
    dialog: {
      opened: confirming,
      onClose: () => setConfirming(false),
      items,
      reason,
      onReason: setReason,
      reasonError: fieldError(save.error, "openItemsReason"),
      pending: save.isPending,
      onConfirm: () => save.mutate(),
    },
  };
}
