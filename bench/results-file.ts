/**
 * `bench/results/latest.json`: the last measured figures. The check benchmark and the national
 * sweep each write their own section and keep the other's, so one file holds the latest of both.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../cli/args";

export const RESULTS_FILE = join(__dirname, "results", "latest.json");

export function updateResults(
  section: "check" | "sweep" | "netlab",
  value: unknown,
  file = RESULTS_FILE,
): void {
  let current: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (err) {
      throw new Error(
        `${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}); fix or remove it`,
      );
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify({ ...current, [section]: value }, null, 2)}\n`);
}
