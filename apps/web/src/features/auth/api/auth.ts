import { answer, client, type RequestBody, type Schema } from "../../../api/client";

export type Me = Schema<"Me">;

export const fetchMe = () => answer(client.GET("/api/v1/me"));
export const login = (email: string, password: string) =>
  answer(client.POST("/api/v1/auth/login", { body: { email, password } }));
export const logout = () => answer(client.POST("/api/v1/auth/logout"));

export type RecoveryCodes = Schema<"RecoveryCodes">;
export type RecoveryCodesStatus = Schema<"RecoveryCodesStatus">;

export const changePassword = (body: RequestBody<"/api/v1/me/password", "post">) =>
  answer(client.POST("/api/v1/me/password", { body }));
export const fetchRecoveryCodesStatus = () => answer(client.GET("/api/v1/me/recovery-codes"));
export const makeRecoveryCodes = (password: string) =>
  answer(client.POST("/api/v1/me/recovery-codes", { body: { password } }));
export const recover = (body: RequestBody<"/api/v1/auth/recover", "post">) =>
  answer(client.POST("/api/v1/auth/recover", { body }));
export const saveLanguage = (language: Schema<"InterfaceLanguage">) =>
  answer(client.PUT("/api/v1/me/language", { body: { language } }));
