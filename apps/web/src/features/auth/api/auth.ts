import { answer, client, type Schema } from "../../../api/client";

export type Me = Schema<"Me">;

export const fetchMe = () => answer(client.GET("/api/v1/me"));
export const login = (email: string, password: string) =>
  answer(client.POST("/api/v1/auth/login", { body: { email, password } }));
export const logout = () => answer(client.POST("/api/v1/auth/logout"));
