/**
 * Hostile inputs for the loader, as an attacker (a pull request from a fork) or a clumsy user
 * would write them: broken syntax, bad encodings and control characters, alias bombs, sizes,
 * and includes that try to leave the region's folder (absolute paths, `..`, symlinks, FIFOs,
 * devices, fan-outs, cycles). Each case is generated from a seed, written into a fresh region
 * folder beside a "secret" file whose content must never come back, and says whether the
 * loader must refuse it. `hostile-run.ts` runs and classifies them.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CANARY = "CANARY-7d1e-never-printed";
const VALID = join(__dirname, "../fixtures/inventory/valid/region.yaml");
const INCLUDE = join(__dirname, "../fixtures/inventory/include");

export type Category = "syntax" | "encoding" | "alias" | "size" | "include";

export interface HostileCase {
  category: Category;
  name: string;
  /** The region file to load (inside `folder`). */
  file: string;
  folder: string;
  /** true: the loader must refuse it; false: either answer is right, as long as it is one. */
  mustRefuse: boolean;
}

/** A region folder with the include fixture, and beside it (outside) a secret holding the canary. */
export function workspace(): { root: string; folder: string; secret: string } {
  const root = mkdtempSync(join(tmpdir(), "spbe-fuzz-"));
  const folder = join(root, "regions");
  mkdirSync(folder);
  for (const f of ["region.yaml", "parts/more.yaml"]) {
    mkdirSync(join(folder, f, ".."), { recursive: true });
    writeFileSync(join(folder, f), readFileSync(join(INCLUDE, f)));
  }
  const secret = join(root, "secret.yaml");
  writeFileSync(secret, `agencies: [${CANARY}]\n${CANARY}: {\n`);
  return { root, folder, secret };
}

const valid = readFileSync(VALID, "utf8");
const JUNK = [
  "[",
  "{",
  "]",
  "}",
  ": :",
  "- [",
  '"',
  "'",
  "? ?",
  "&a",
  "*a",
  "!!binary",
  "%YAML 9",
  "\t",
  "---\n",
  "...",
];

function at(text: string, pos: number, insert: string): string {
  const i = Math.floor(pos * text.length);
  return text.slice(0, i) + insert + text.slice(i);
}

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export class Rnd {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  nextDouble(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  nextInt(min: number, max: number): number {
    return min + Math.floor(this.nextDouble() * (max - min + 1));
  }
}

type Make = (
  rnd: Rnd,
  ws: ReturnType<typeof workspace>,
) => Omit<HostileCase, "folder" | "file" | "category"> & { bytes: Buffer | string };

const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[rnd.nextInt(0, xs.length - 1)];

const MAKERS: Record<Category, Make[]> = {
  syntax: [
    (r) => ({ name: "junk inserted", bytes: at(valid, r.nextDouble(), pick(r, JUNK)), mustRefuse: false }),
    (r) => ({ name: "truncated", bytes: valid.slice(0, r.nextInt(0, valid.length)), mustRefuse: false }),
    (r) => ({ name: "unclosed [ nesting", bytes: "[".repeat(r.nextInt(65, 200_000)), mustRefuse: true }),
    (r) => ({
      name: "unclosed { nesting",
      bytes: `a: ${"{b: ".repeat(r.nextInt(65, 50_000))}`,
      mustRefuse: true,
    }),
    (r) => ({ name: "block nesting", bytes: `${"- ".repeat(r.nextInt(65, 50_000))}x\n`, mustRefuse: true }),
    (r) => ({
      name: "unclosed flow lines",
      bytes: Array.from({ length: r.nextInt(100, 20_000) }, (_, i) => `- [a${i}, b, {c: d`).join("\n"),
      mustRefuse: true,
    }),
    () => ({ name: "two documents", bytes: `${valid}\n---\n${valid}`, mustRefuse: true }),
  ],
  encoding: [
    (r) => ({
      name: "control character",
      bytes: at(
        valid,
        r.nextDouble(),
        String.fromCharCode(pick(r, [0, 1, 7, 8, 11, 12, 27, 31, 127, 0x85, 0x9b, 0x202e, 0x2066])),
      ),
      mustRefuse: true,
    }),
    (r) => ({
      name: "terminal escape in a quoted value",
      bytes: valid.replace(
        "name: Kabupaten Contoh",
        `name: "Kabupaten ${pick(r, ["\\e[2J", "\\x1b]0;pwn\\x07", "\\0", "\\N", "\\u202e"])}"`,
      ),
      mustRefuse: true,
    }),
    (r) => {
      const bytes = Buffer.from(valid, "utf8");
      const bad = pick(r, [
        [0xff],
        [0xc0, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xe2, 0x82],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
        [0x80],
      ]);
      const i = r.nextInt(0, bytes.length);
      return {
        name: "invalid UTF-8",
        bytes: Buffer.concat([bytes.subarray(0, i), Buffer.from(bad), bytes.subarray(i)]),
        mustRefuse: true,
      };
    },
    () => ({ name: "UTF-16 file", bytes: Buffer.from(`\ufeff${valid}`, "utf16le"), mustRefuse: true }),
  ],
  alias: [
    (r) => {
      const fan = r.nextInt(5, 12);
      const lines = [`a0: &a0 [${Array(fan).fill("x").join(", ")}]`];
      for (let i = 1; i < r.nextInt(3, 9); i++)
        lines.push(
          `a${i}: &a${i} [${Array(fan)
            .fill(`*a${i - 1}`)
            .join(", ")}]`,
        );
      return { name: "alias bomb", bytes: lines.join("\n"), mustRefuse: true };
    },
    (r) => {
      const n = r.nextInt(50, 199);
      const bad = `  - &bad {id: X, name: 1, owner: Q, category: z, placement: {mode: m, site: S}}\n${"  - *bad\n".repeat(n)}`;
      return {
        name: "aliased error-laden list",
        bytes: valid.replace(/^applications:\n/m, `applications:\n${bad}`),
        mustRefuse: true,
      };
    },
    () => ({ name: "alias to itself", bytes: "a: &a [1, *a]\n", mustRefuse: true }),
    (r) => ({
      name: "large anchor, many aliases",
      bytes: `a: &a [${Array.from({ length: r.nextInt(500, 3000) }, (_, i) => i).join(",")}]\n${Array.from({ length: 20 }, (_, i) => `b${i}: *a`).join("\n")}\n`,
      mustRefuse: true,
    }),
  ],
  size: [
    () => ({ name: "past the size limit", bytes: `# ${"x".repeat(4 * 2 ** 20 + 10)}\n`, mustRefuse: true }),
    (r) => ({
      name: "one long line",
      bytes: `region: {name: "${"a".repeat(r.nextInt(10_000, 1_000_000))}"}\n`,
      mustRefuse: true,
    }),
    (r) => ({
      name: "many keys",
      bytes: Array.from({ length: r.nextInt(1000, 60_000) }, (_, i) => `k${i}: ${i}`).join("\n"),
      mustRefuse: true,
    }),
    (r) => ({
      name: "many errors",
      bytes: `agencies:\n${"  - {id: X, lan: 1}\n".repeat(r.nextInt(300, 20_000))}`,
      mustRefuse: true,
    }),
  ],
  include: [
    (_, ws) => includeOf(ws, ws.secret, "absolute path"),
    (_, ws) => includeOf(ws, "../secret.yaml", ".. out"),
    (_, ws) => includeOf(ws, "parts/../../secret.yaml", ".. through a folder"),
    (r) =>
      includeOfPath(
        pick(r, [
          "/etc/passwd",
          "/proc/self/environ",
          "/dev/zero",
          "/dev/stdin",
          "/dev/null",
          "~/.ssh/id_rsa",
          "C:\\Windows\\win.ini",
        ]),
        "system file",
      ),
    (_, ws) => {
      symlinkSync(ws.secret, join(ws.folder, "link.yaml"));
      return includeOfPath("link.yaml", "symlink out");
    },
    (r, ws) => {
      symlinkSync(
        pick(r, ["/dev/zero", "/dev/urandom", "/proc/self/environ", "/etc"]),
        join(ws.folder, "dev.yaml"),
      );
      return includeOfPath("dev.yaml", "symlink to a device or system file");
    },
    (_, ws) => {
      symlinkSync(join(ws.secret, ".."), join(ws.folder, "up"));
      return includeOfPath("up/secret.yaml", "symlinked folder out");
    },
    (_, ws) => {
      execFileSync("mkfifo", [join(ws.folder, "fifo.yaml")]);
      return includeOfPath("fifo.yaml", "FIFO");
    },
    (r, ws) => {
      const fan = r.nextInt(2, 4);
      const depth = r.nextInt(4, 8);
      for (let d = 0; d < depth; d++)
        for (let k = 0; k < fan ** d; k++)
          writeFileSync(
            join(ws.folder, `f${d}-${k}.yaml`),
            `include: [${Array.from({ length: fan }, (_, j) => `f${d + 1}-${k * fan + j}.yaml`).join(", ")}]\n`,
          );
      return includeOfPath("f0-0.yaml", "fan-out");
    },
    (_, ws) => {
      writeFileSync(join(ws.folder, "a.yaml"), "include: [b.yaml]\n");
      writeFileSync(join(ws.folder, "b.yaml"), "include: [a.yaml, ../secret.yaml]\n");
      return includeOfPath("a.yaml", "cycle with an escape");
    },
    (r) =>
      includeOfPath(
        `parts/${pick(r, ["\u001b[2J", "\u0000", "\n"])}x.yaml`,
        "control characters in the path",
      ),
  ],
};

function includeOfPath(entry: string, name: string) {
  const text = readFileSync(join(INCLUDE, "region.yaml"), "utf8").replace(
    "include: [parts/more.yaml]",
    `include: [parts/more.yaml, ${JSON.stringify(entry)}]`,
  );
  return { name: `include: ${name}`, bytes: text, mustRefuse: true };
}

function includeOf(_ws: ReturnType<typeof workspace>, entry: string, name: string) {
  return includeOfPath(entry, name);
}

export const CATEGORIES = Object.keys(MAKERS) as Category[];

/** The `index`-th case of the seeded sequence, written to a fresh workspace. */
export function hostileCase(seed: number, index: number): HostileCase {
  const rnd = new Rnd(seed * 7919 + index);
  const category = CATEGORIES[index % CATEGORIES.length];
  const makers = MAKERS[category];
  const ws = workspace();
  const made = makers[rnd.nextInt(0, makers.length - 1)](rnd, ws);
  const file = join(ws.folder, "region.yaml");
  writeFileSync(file, made.bytes);
  return { category, name: made.name, file, folder: ws.folder, mustRefuse: made.mustRefuse };
}
