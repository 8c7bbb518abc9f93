import { useMutation, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../api/cases";

/** After a change: the case and everything under it (timeline, stage, plan, follow-ups) reload. */
export function useInvalidateCase(caseId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
      client.invalidateQueries({ queryKey: ["cases", "list"] }),
      client.invalidateQueries({ queryKey: ["caseload"] }),
      client.invalidateQueries({ queryKey: ["home"] }),
    ]);
}

/** A change to a case: the request, then the case reloads and `done` runs (a dialog closes, say). */
export function useCaseChange<T>(caseId: string, change: () => Promise<T>, done?: () => void) {
  const invalidateCase = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      void invalidateCase();
      done?.();
    },
  });
}
