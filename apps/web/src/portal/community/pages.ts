// The community's pages, one chunk loaded when the first of them opens.
export { Ask, Mine, QuestionPage, Questions } from "./Board";
export { Community } from "./Community";
export { EventPage } from "./EventPage";
