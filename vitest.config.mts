import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Pulumi's mock runtime is process-global state: each test file gets its own fork.
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
