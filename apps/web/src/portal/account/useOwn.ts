import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../api";

/**
 * What a page of the returnee's own loads (their data, their access log), loaded again when `key` changes;
 * someone not signed in (or whose session ran out) is taken to sign in.
 */
export function useOwn<T>(load: () => Promise<T>, key: unknown) {
  const navigate = useNavigate();
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded again only when the key changes
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setValue(loaded),
      (error) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) navigate("/sign-in", { replace: true });
        else setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [key, navigate]);
  return { value, setValue, failed };
}
