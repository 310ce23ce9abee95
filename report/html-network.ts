/**
 * The HTML of the Jaringan Intra sections: every router (role, site or agency, platform,
 * management, interfaces, routing, filters and its rendered configuration, folded per router so a
 * province's hundreds stay one screen until opened or searched), and the lab's reachability matrix.
 */
import { esc } from "./escape";
import { badge, code, nw, table } from "./html-parts";
import type { ReportModel } from "./model";
import type { RouterView } from "./network-model";
import {
  failures,
  GRID_LEGEND,
  INTERFACE_HEADS,
  labFacts,
  labGrid,
  management,
  PAIR_HEADS,
  pairCells,
  pairsBySource,
  roleText,
  routerFacts,
  vlanText,
} from "./network-text";

/** Item and value: kept whole by the search (search.ts), shown with the block it describes. */
const facts = (rows: Array<[string, string]>): string =>
  `<div class="kv">${table(
    [
      { id: "Butir", en: "Item" },
      { id: "Nilai", en: "Value" },
    ],
    rows.map(([k, v]) => [esc(k), esc(v)]),
  )}</div>`;

function router(r: RouterView): string {
  const ifaces = table(
    INTERFACE_HEADS,
    r.interfaces.map((i) => [
      code(i.name),
      esc(i.kind),
      i.addresses.map(code).join("<br>"),
      esc(vlanText(i.vlan)),
      code(i.peer),
      esc(i.description),
    ]),
  );
  const rules = table(
    [{ id: "Aturan izin forward", en: "Forward accept rule" }],
    r.filter.forward.map((t) => [code(t)]),
  );
  const files = r.files
    .map(
      (f) =>
        `<details class="config"><summary>${code(f.name)} <span class="en">(${f.content.split("\n").length} baris / lines)</span></summary><pre class="config">${esc(f.content)}</pre></details>`,
    )
    .join("\n");
  const role = roleText(r);
  const where = r.agency ?? r.site ?? r.of;
  return `<details class="router" id="router-${esc(r.id)}"><summary>${code(r.id)} · ${esc(role.id)} <span class="en">/ ${esc(role.en)}</span> · ${esc(where)} · ${esc(r.platform)} · ${nw(r.management.host)}</summary>
${facts(routerFacts(r))}
<h4>Antarmuka <span class="en">Interfaces</span></h4>
${ifaces}
<h4>Filter <span class="en">Forward accept rules (everything else is dropped)</span></h4>
${rules}
<h4>Konfigurasi <span class="en">Rendered configuration, as pulumi up pushes it</span></h4>
${files}
</details>`;
}

export function network(m: ReportModel): string {
  const note = `<p class="note">${m.routers.length} router dari model perangkat (inventaris dan lock); konfigurasinya dirender oleh renderer yang sama dengan yang didorong <code>pulumi up</code>. Kredensial hanya dirujuk dengan nama secret Pulumi-nya. <i>${m.routers.length} routers of the device model (inventory and lock), each configuration rendered by the same code <code>pulumi up</code> pushes; credentials appear only as the name of their Pulumi secret.</i></p>`;
  const overview = table(
    [
      "ID",
      { id: "Peran", en: "Role" },
      { id: "Situs", en: "Site" },
      { id: "Perangkat Daerah", en: "Agency" },
      "Platform",
      { id: "Manajemen", en: "Management" },
      { id: "Antarmuka", en: "Interfaces" },
      { id: "Aturan forward", en: "Forward rules" },
    ],
    m.routers.map((r) => {
      const role = roleText(r);
      return [
        `<a href="#router-${esc(r.id)}">${code(r.id)}</a>`,
        `${esc(role.id)}<span class="en-text">${esc(role.en)}</span>`,
        r.site ? nw(r.site) : "-",
        r.agency ? nw(r.agency) : "-",
        esc(r.platform),
        `${code(management(r))}<span class="en-text">secret ${esc(r.management.credentials)}</span>`,
        esc(r.interfaces.length),
        esc(r.filter.forward.length),
      ];
    }),
  );
  return [
    note,
    overview,
    `<h3>Per router<span class="en">Each router: interfaces, routing, filters, configuration</span></h3>`,
    `<div class="routers">${m.routers.map(router).join("\n")}</div>`,
  ].join("\n");
}

export function reachability(m: ReportModel): string {
  const lab = m.lab;
  if (!lab)
    return `<p class="note">Laporan ini dibuat tanpa hasil lab. <i>No lab result was given.</i> Buat dengan / make one with <code>sudo spbe netlab &lt;inventaris&gt; --out lab.json</code>, lalu / then <code>spbe report &lt;inventaris&gt; --out &lt;folder&gt; --lab lab.json</code>.</p>`;
  const bad = failures(lab);
  const verdict = bad.length
    ? badge("violation", {
        id: `${bad.length} pasangan tidak sesuai kebijakan`,
        en: `${bad.length === 1 ? "1 pair differs" : `${bad.length} pairs differ`} from the policy`,
      })
    : badge("pass", { id: "Setiap pasangan sesuai kebijakan", en: "every pair as the policy says" });
  const faults = lab.mutations.length
    ? ` ${badge("advisory", { id: "uji dengan gangguan sengaja", en: "a run with deliberate faults" })}`
    : "";
  const grid = labGrid(lab);
  const gridTable = table(
    [{ id: "Perangkat Daerah", en: "Agency" }, ...grid.heads],
    grid.rows.map((r) => [code(r.source), ...r.cells.map(esc)]),
    (i) => (grid.rows[i]?.pass ? "" : ` class="lab-fail"`),
  );
  const row = (p: (typeof lab.pairs)[number]) =>
    pairCells(p).map((c, i) => {
      if (i < 2) return code(c);
      if (i < 5 || p.pass) return esc(c);
      // Only a pair that differs gets a badge: a province's tens of thousands of rows stay light.
      const [id, en] = c.split(" / ");
      return badge("violation", { id: id ?? c, en: en ?? c });
    });
  const attrs = (list: typeof lab.pairs) => (i: number) => (list[i]?.pass ? "" : ` class="lab-fail"`);
  const by = pairsBySource(lab);
  const perSource = lab.sources.map((s) => {
    const mine = by.get(s) ?? [];
    const wrong = mine.filter((p) => !p.pass).length;
    return `<details class="lab-source"><summary>${code(s)}: ${mine.length} pasangan / pairs, ${wrong ? `<b>${wrong} tidak sesuai / differ</b>` : "semua sesuai / all as the policy says"}</summary>${table(PAIR_HEADS, mine.map(row), attrs(mine))}</details>`;
  });
  return [
    `<p class="note">${verdict}${faults}</p>`,
    facts(labFacts(lab)),
    bad.length
      ? `<h3>Tidak sesuai<span class="en">Pairs that differ from the policy</span></h3>${table(PAIR_HEADS, bad.map(row), attrs(bad))}`
      : "",
    `<h3>Ringkasan<span class="en">Overview</span></h3>`,
    `<p class="note">${esc(GRID_LEGEND.id)}. <i>${esc(GRID_LEGEND.en)}.</i></p>`,
    `<div class="lab-grid">${gridTable}</div>`,
    `<h3>Setiap pasangan<span class="en">Every pair, expected and observed</span></h3>`,
    perSource.join("\n"),
  ].join("\n");
}
