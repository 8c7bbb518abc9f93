import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    // two entries: the staff workspace, and the returnee portal, which never loads the workspace's code
    rolldownOptions: { input: { workspace: "index.html", portal: "portal.html" } },
  },
  server: { port: 5173, proxy: { "/api": "http://127.0.0.1:8080", "/health": "http://127.0.0.1:8080" } },
});
