// The service finder's questions and the eligibility check, one chunk loaded when the first of them opens.
export { CheckPage } from "./CheckPage";
export { FindHelp } from "./FindHelp";
