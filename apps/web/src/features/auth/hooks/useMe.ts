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

export function hasRole(me: Me | null | undefined, ...roles: string[]) {
  return Boolean(me?.user.roles.some((r) => roles.includes(r)));
}
