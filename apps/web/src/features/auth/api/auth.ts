import { api } from "../../../api/client";

export interface Me {
  user: { id: string; email: string; name: string; roles: string[] };
  organisation: { id: string; name: string; kind: string; country: string };
  can: string[];
}

export const fetchMe = () => api.get<Me>("/me");
export const login = (email: string, password: string) => api.post<Me>("/auth/login", { email, password });
export const logout = () => api.post<void>("/auth/logout");
