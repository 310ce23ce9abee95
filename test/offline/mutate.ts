/** A copy of an example region (and its address lock) with one change made through the YAML document. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseDocument, type Document } from "yaml";

export function mutatedRegion(key: string, change: (doc: Document) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-check-"));
  const file = join(dir, `${key}.yaml`);
  const doc = parseDocument(readFileSync(`inventory/regions/${key}.yaml`, "utf8"));
  change(doc);
  writeFileSync(file, doc.toString());
  const lock = `inventory/regions/${key}.lock.yaml`;
  if (existsSync(lock)) copyFileSync(lock, join(dir, basename(lock)));
  return file;
}
