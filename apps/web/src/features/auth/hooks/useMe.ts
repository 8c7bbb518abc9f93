import { useQuery } from "@tanstack/react-query";
import { ApiError } from "../../../api/client";
import { fetchMe, type Me } from "../api/auth";

export const meKey = ["me"] as const;

/** The logged-in user, or null when there is no session. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: meKey,
    queryFn: () =>
      fetchMe().catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }),
    staleTime: 5 * 60_000,
  });
}

/** Whether the user's roles allow an action of the API (GET /me lists them, as the routes declare them). */
export function can(me: Me | null | undefined, action: string) {
  return Boolean(me?.can.includes(action));
}
