/**
 * User messages are in Bahasa Indonesia, with English on request (`--lang en` or SPBE_LANG=en):
 * a sample of real bad inputs, each named at file:line:col and its field in both languages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { inventoryInput } from "../plan/fixture";
import { run } from "./run";

type Input = ReturnType<typeof inventoryInput> & Record<string, unknown>;

/** The fixture inventory, changed by `edit`, written as a user would write it. */
function write(edit: (input: Input) => void, colocation = ["srv-a", "srv-b"]) {
  const dir = mkdtempSync(join(tmpdir(), "spbe-lang-"));
  const input = inventoryInput({ colocation }) as Input;
  edit(input);
  const file = join(dir, "contoh.yaml");
  writeFileSync(file, stringify(input));
  return { dir, file };
}

/** `file:line:col` of the first `needle` in the file, at `skip` characters into it (1-based). */
function at(file: string, needle: string, skip = 0): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} is not in ${file}`);
  return `${file}:${line + 1}:${lines[line].indexOf(needle) + skip + 1}`;
}

interface Case {
  name: string;
  make: () => { file: string; where: string; path: string };
  id: string;
  en: string;
}

const CASES: Case[] = [
  {
    name: "an unknown field",
    make: () => {
      const w = write((i) => Object.assign(i.region, { kode: "x" }));
      return { file: w.file, where: at(w.file, "kode:"), path: "region.kode" };
    },
    id: 'kunci tidak dikenal "kode"',
    en: 'unknown key "kode"',
  },
  {
    name: "a value of the wrong type",
    make: () => {
      const w = write((i) => Object.assign(i.agencies[0]!.lan, { hosts: "banyak" }));
      return { file: w.file, where: at(w.file, "hosts: banyak", 7), path: "agencies[0].lan.hosts" };
    },
    id: 'diharapkan bilangan, ditemukan "banyak"',
    en: 'expected a number, got "banyak"',
  },
  {
    name: "a missing required field",
    make: () => {
      const w = write((i) => delete (i.dinas as { name?: string }).name);
      // A missing key is pointed at the mapping that lacks it.
      return { file: w.file, where: at(w.file, "id: diskominfo"), path: "dinas.name" };
    },
    id: 'kunci "name" tidak ada (diharapkan teks (string))',
    en: 'missing key "name" (expected a string)',
  },
  {
    name: "an overlapping rack slot",
    make: () => {
      const w = write((i) => Object.assign(i.colocation![1]!, { unit: 2 }));
      return { file: w.file, where: at(w.file, "unit: 2", 6), path: "colocation[1].unit" };
    },
    id: 'server kolokasi "srv-b" pada unit 2-3 tumpang tindih dengan server kolokasi "srv-a" pada unit 1-2 di rak "r01" di lokasi "pd-utama"',
    en: 'colocation server "srv-b" at units 2-3 overlaps colocation server "srv-a" at units 1-2 in rack "r01" of site "pd-utama"',
  },
  {
    name: "an include out of the region's folder",
    make: () => {
      const w = write((i) => Object.assign(i, { include: ["../luar.yaml"] }));
      return { file: w.file, where: at(w.file, "../luar.yaml"), path: "include[0]" };
    },
    id: 'include "../luar.yaml" ditolak: path keluar dari folder region',
    en: 'include "../luar.yaml" is refused: it leads out of the region\'s folder',
  },
];

afterEach(() => {
  delete process.env.SPBE_LANG;
});

describe("spbe validate speaks Bahasa Indonesia, and English with --lang en", () => {
  for (const c of CASES)
    it(`${c.name}: at file:line:col and its field, in each language`, async () => {
      const { file, where, path } = c.make();
      const id = await run(["validate", file]);
      expect(id.code).toBe(2);
      expect(id.err).toContain(`${where} ${path}: ${c.id}`);
      expect(id.err).not.toContain(c.en);

      const en = await run(["validate", "--lang", "en", file]);
      expect(en.code).toBe(2);
      expect(en.err).toContain(`${where} ${path}: ${c.en}`);
      expect(en.err).not.toContain(c.id);

      process.env.SPBE_LANG = "en";
      expect((await run(["validate", file])).err).toContain(`${where} ${path}: ${c.en}`);
      // The flag wins over the environment.
      expect((await run(["validate", "--lang", "id", file])).err).toContain(`${where} ${path}: ${c.id}`);
    });

  it("refuses a language it does not speak, naming it in both languages", async () => {
    const { file } = write(() => undefined);
    const r = await run(["validate", "--lang", "fr", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang harus id atau en, bukan "fr" (--lang must be id or en, got "fr")');
  });
});

describe("a supernet changed under the lock, in each language", () => {
  it("spbe validate and spbe ipam --check name network.supernet at its line", async () => {
    const w = write(() => undefined);
    expect((await run(["ipam", w.file])).code).toBe(0);
    writeFileSync(w.file, readFileSync(w.file, "utf8").replace("10.20.0.0/16", "10.30.0.0/16"));
    const where = `${at(w.file, "10.30.0.0/16")} network.supernet:`;
    const id = "supernet lock 10.20.0.0/16 berbeda dari network.supernet inventaris 10.30.0.0/16";
    const en = "the lock's supernet 10.20.0.0/16 differs from the inventory's network.supernet 10.30.0.0/16";
    for (const argv of [["validate"], ["ipam", "--check"], ["ipam"]]) {
      const said = await run([...argv, w.file]);
      expect(said.err).toContain(`${where} ${id}`);
      expect(said.err).not.toContain(en);
      expect((await run([...argv, "--lang", "en", w.file])).err).toContain(`${where} ${en}`);
    }
  });
});

describe("spbe ipam --check names what the lock lacks in each language", () => {
  it("an agency added after the lock was written", async () => {
    const w = write(() => undefined);
    expect((await run(["ipam", w.file])).code).toBe(0);
    const text = readFileSync(w.file, "utf8");
    writeFileSync(
      w.file,
      text.replace(
        "agencies:\n",
        "agencies:\n  - id: baru\n    name: Perangkat Daerah baru\n    lan: { site: pd-utama, hosts: 9 }\n",
      ),
    );
    const lock = w.file.replace(/\.yaml$/, ".lock.yaml");
    const id = await run(["ipam", "--check", w.file]);
    expect(id.code).toBe(1);
    expect(id.err).toContain(`${lock} tidak memiliki alokasi untuk LAN Perangkat Daerah 'baru'`);
    const en = await run(["ipam", "--check", "--lang", "en", w.file]);
    expect(en.err).toContain(`${lock} lacks an allocation for the LAN of Perangkat Daerah 'baru'`);
  });
});

describe("spbe check on a malformed inventory", () => {
  const unknown = () => {
    const w = write((i) => Object.assign(i.region, { kode: "x" }));
    return { ...w, where: `${at(w.file, "kode:")} region.kode:` };
  };

  it("prints the located errors in Bahasa Indonesia by default and in English with --lang en", async () => {
    const w = unknown();
    const id = await run(["check", w.file]);
    expect(id.code).toBe(2);
    expect(id.err).toContain(`${w.where} kunci tidak dikenal "kode"`);
    const en = await run(["check", "--lang", "en", w.file]);
    expect(en.err).toContain(`${w.where} unknown key "kode"`);
  });

  it("carries both languages in its JSON and SARIF", async () => {
    const w = unknown();
    const json = join(w.dir, "out.json");
    const sarif = join(w.dir, "out.sarif");
    expect((await run(["check", w.file, "--json", json, "--sarif", sarif])).code).toBe(2);
    const error = (JSON.parse(readFileSync(json, "utf8")) as { errors: Array<Record<string, unknown>> })
      .errors[0];
    expect(error).toMatchObject({
      path: "region.kode",
      message: 'kunci tidak dikenal "kode"',
      text: { id: 'kunci tidak dikenal "kode"', en: 'unknown key "kode"' },
    });
    const results = (
      JSON.parse(readFileSync(sarif, "utf8")) as {
        runs: Array<{ results: Array<{ message: { text: string }; properties?: unknown }> }>;
      }
    ).runs[0]!.results;
    expect(results[0]).toMatchObject({
      message: { text: 'region.kode: kunci tidak dikenal "kode"' },
      properties: { message: { id: 'kunci tidak dikenal "kode"', en: 'unknown key "kode"' } },
    });
  });

  it("says a policy config it cannot read in the run's language", async () => {
    const w = write(() => undefined);
    const cfg = join(w.dir, "tidak-ada.json");
    const id = await run(["check", w.file, "--policy-config", cfg]);
    expect(id.code).toBe(2);
    expect(id.err).toContain(`${cfg}: konfigurasi kebijakan tidak dapat dibaca (ENOENT)`);
    const en = await run(["check", w.file, "--policy-config", cfg, "--lang", "en"]);
    expect(en.err).toContain(`${cfg}: cannot read the policy config (ENOENT)`);
  });
});
