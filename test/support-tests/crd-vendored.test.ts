/** Whole upstream CRD files are vendored byte for byte: each file's git blob id is the one recorded. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CRD_DIR, readCrdFolderSource } from "../support/crd-validate";

const folders = readdirSync(CRD_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(CRD_DIR, e.name));

/** What `git hash-object` prints for the file. */
const blobId = (bytes: Buffer) =>
  createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest("hex");

describe("vendored CRD folders", () => {
  it("has the Gateway API folder", () => {
    expect(folders.map((f) => f.split("/").pop())).toContain("gateway-api-v1.4.1");
  });

  it.each(folders)("%s holds exactly the recorded upstream files, unchanged", (folder) => {
    const src = readCrdFolderSource(folder);
    const files = readdirSync(folder)
      .filter((f) => f !== "SOURCE.json")
      .sort();
    expect(files).toEqual(Object.keys(src.blobs).sort());
    for (const f of files) expect(blobId(readFileSync(join(folder, f))), f).toBe(src.blobs[f]);
  });
});
