// The account's pages, one chunk loaded when the first of them opens.
export { AccessLog } from "./AccessLog";
export { Account } from "./Account";
export { Consents } from "./Consents";
export { MyData } from "./MyData";
export { PasswordReset } from "./PasswordReset";
export { ProfileFlow } from "./ProfileFlow";
export { RegisterFlow } from "./RegisterFlow";
export { SignIn } from "./SignIn";
