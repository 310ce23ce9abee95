/** What `spbe check --all` prints: the aligned region lines, the total and the progress line. */
import type { Writable } from "node:stream";
import type { RegionResult } from "./check-worker";
import { escapeControls } from "../inventory/text-screen";

export interface Total {
  regions: number;
  resources: number;
  mandatory: number;
  advisory: number;
  exempt: number;
  failed: number;
  skipped: number;
  ms: number;
  exit: number;
}

const VERDICT = ["ok", "findings", "error"];
const COLUMNS = ["resources", "mandatory", "advisory", "exempt", "ms"] as const;

export function header(width: number): string {
  return ["region".padEnd(width), ...COLUMNS.map((c) => c.padStart(9)), "  verdict"].join(" ");
}

export function line(r: RegionResult, width: number): string {
  const cells = [r.key.padEnd(width), ...COLUMNS.map((c) => String(r[c]).padStart(9))];
  return `${cells.join(" ")}  ${VERDICT[r.exit]}${r.error ? `: ${escapeControls(r.error)}` : ""}`;
}

export function totalLine(t: Total, width: number): string {
  const cells = ["total".padEnd(width), ...COLUMNS.map((c) => String(t[c]).padStart(9))];
  const skipped = t.skipped > 0 ? `, ${t.skipped} skipped (aborted)` : "";
  const verdicts = `${t.regions} regions, ${t.failed} not checked${skipped}, worst exit ${t.exit}`;
  return `${cells.join(" ")}  ${verdicts}`;
}

/** `[ 120/552]  21%  kab-045  elapsed 1m12s  eta 4m30s` on stderr: rewritten in place on a terminal. */
export class Progress {
  private lastPrinted = 0;
  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly total: number,
    private readonly started: number,
  ) {}

  update(done: number, key: string): void {
    const now = performance.now();
    const tty = this.out.isTTY === true;
    // Off a terminal, a line every 10 s (and at the end) instead of a line per region.
    if (!tty && done < this.total && now - this.lastPrinted < 10_000) return;
    this.lastPrinted = now;
    const elapsed = now - this.started;
    const eta = (elapsed / done) * (this.total - done);
    const pct = Math.floor((100 * done) / this.total);
    const text = `[${String(done).padStart(String(this.total).length)}/${this.total}] ${String(pct).padStart(3)}%  ${key}  elapsed ${duration(elapsed)}  eta ${duration(eta)}`;
    this.out.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
  }

  finish(): void {
    if (this.out.isTTY === true) this.out.write("\r\x1b[K");
  }
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
