// The account's pages, one chunk loaded when the first of them opens.
export { Account } from "./Account";
export { PasswordReset } from "./PasswordReset";
export { ProfileFlow } from "./ProfileFlow";
export { RegisterFlow } from "./RegisterFlow";
export { SignIn } from "./SignIn";
