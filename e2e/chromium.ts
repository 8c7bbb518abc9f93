// Debian's Chromium as the browser tests and the portal's Lighthouse audit drive it: headless, no sandbox (a
// container), and none of its own traffic (updates, sync, QUIC) to disturb what is measured.

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
