/**
 * Checks chart values as Helm would see them: the chart's vendored defaults (values.yaml)
 * coalesced with ours (maps merged key by key, anything else replaced, null deletes), then
 * validated against the chart's own values.schema.json where it ships one. For a chart without
 * a schema, every key we set must exist in its defaults, unless it is under a map the defaults
 * leave empty (an open map such as labels) — the check that catches a misspelt or removed key.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import type { ChartPin } from "../../platform/versions";

type Values = Record<string, unknown>;
const CHARTS = join(__dirname, "..", "..", "platform", "charts");

const isMap = (v: unknown): v is Values => typeof v === "object" && v !== null && !Array.isArray(v);

/** Helm's coalescing of user values over chart defaults. */
export function coalesce(defaults: Values, user: Values): Values {
  const out: Values = { ...defaults };
  for (const [k, v] of Object.entries(user)) {
    if (v === null) delete out[k];
    else if (isMap(v) && isMap(out[k])) out[k] = coalesce(out[k] as Values, v);
    else out[k] = v;
  }
  return out;
}

export function defaultsOf(pin: ChartPin): Values {
  // The Envoy Gateway template leaves the image fields to its release tool (`${GatewayImage}`):
  // still valid YAML strings, which is all the key check needs.
  return (parse(readFileSync(join(CHARTS, pin.defaults), "utf8")) ?? {}) as Values;
}

/** Keys set in `user` that the chart's defaults do not have, as dotted paths. */
export function unknownKeys(defaults: Values, user: Values, open: string[] = [], path = ""): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(user)) {
    const p = path ? `${path}.${k}` : k;
    if (open.includes(p)) continue;
    if (!(k in defaults)) {
      out.push(p);
      continue;
    }
    const d = defaults[k];
    if (isMap(v) && isMap(d) && Object.keys(d).length > 0) out.push(...unknownKeys(d, v, open, p));
  }
  return out;
}

const compiled = new Map<string, (v: unknown) => string[]>();

function schemaValidator(file: string): (v: unknown) => string[] {
  const hit = compiled.get(file);
  if (hit) return hit;
  const schema = JSON.parse(readFileSync(join(CHARTS, file), "utf8")) as Values;
  const draft2020 = String(schema.$schema ?? "").includes("2020-12");
  const ajv = draft2020
    ? new Ajv2020({ allErrors: true, strict: false })
    : new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const fn = (v: unknown) =>
    validate(v)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"}: ${e.message ?? e.keyword}`);
  compiled.set(file, fn);
  return fn;
}

/** Problems with `values` for the pinned chart; empty when Helm would accept them. */
export function checkChartValues(pin: ChartPin, values: Values): string[] {
  const defaults = defaultsOf(pin);
  if (pin.schema) return schemaValidator(pin.schema)(coalesce(defaults, values));
  return unknownKeys(defaults, values, pin.open).map(
    (p) => `${p}: not a value of ${pin.chart} ${pin.version}`,
  );
}
