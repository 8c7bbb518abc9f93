// The service finder's pages, one chunk loaded when the first of them opens.
export { CheckPage } from "./CheckPage";
export { FindHelp } from "./FindHelp";
export { OfferPage } from "./Offer";
export { Results } from "./Results";
