/**
 * The evidence timeline: the paper trail the regulations ask for (audits, fitness approvals,
 * admission tests, LAN diagram submissions, attestations, evaluations) with the date each is next
 * due. It reads the `Evidence` record (plan/evidence.ts), the very record the pack's evidence
 * rules read, and judges freshness with the window the matching rule applies: the governing
 * regulation's interval where it sets one, none where it requires the record without an interval
 * (only a missing record is late there), else the toolkit's default, labelled as such. So an item
 * is overdue here exactly when the matching rule reports it.
 */
import type { DatedApproval, Evidence } from "../inventory/facts";
import { DEFAULTS, toolkitDefault, type Defaults } from "../policies/defaults";
import { termsOf } from "../policies/regulations";
import { windowOf, windowText, type Window } from "../policies/terms";
import type { Text, TimelineItem } from "./model";

function after(date: string, w: Window): string | null {
  if (w.kind === "none") return null;
  const d = new Date(`${date}T00:00:00Z`);
  if (w.kind === "regulation" && w.months) d.setUTCMonth(d.getUTCMonth() + w.months);
  else d.setUTCFullYear(d.getUTCFullYear() + (w.years ?? 1));
  return d.toISOString().slice(0, 10);
}

const MONTH = { id: "1 bulan", en: "1 month" };

/** The regulation's window for `obligation`, else the toolkit's `years`. */
const windowFor = (regulation: string, obligation: string, years: number): Window =>
  windowOf(termsOf(obligation, regulation), years);

interface Item {
  obligation: string;
  what: Text;
  subject: string;
  reference?: string | null | undefined;
}

function recurring(
  today: string,
  it: Item,
  date: string | null | undefined,
  w: Window,
  graceDays = 0,
  label: Text = windowText(w),
): TimelineItem {
  const base = {
    obligation: it.obligation,
    what: it.what,
    subject: it.subject,
    reference: it.reference ?? null,
    interval: label,
  };
  if (!date) return { ...base, date: null, due: today, status: "missing" };
  const due = after(date, w);
  const late = due !== null && Date.parse(today) - Date.parse(due) > graceDays * 86_400_000;
  return { ...base, date, due, status: late ? "overdue" : "ok" };
}

function once(it: Item, date: string): TimelineItem {
  return {
    obligation: it.obligation,
    what: it.what,
    subject: it.subject,
    reference: it.reference ?? null,
    date,
    due: null,
    status: "info",
    interval: null,
  };
}

type Approvals = { operasi?: DatedApproval; keamanan?: DatedApproval } | null;

function approvalItems(obligation: string, subject: string, a: Approvals): TimelineItem[] {
  const out: TimelineItem[] = [];
  if (a?.operasi)
    out.push(
      once(
        {
          obligation,
          subject,
          what: { id: "Kelaikan operasi", en: "Operational fitness approval" },
          reference: a.operasi.reference,
        },
        a.operasi.date,
      ),
    );
  if (a?.keamanan)
    out.push(
      once(
        {
          obligation,
          subject,
          what: { id: "Kelaikan keamanan", en: "Security fitness approval" },
          reference: a.keamanan.reference,
        },
        a.keamanan.date,
      ),
    );
  return out;
}

const RANK = { missing: 0, overdue: 1, ok: 2, info: 3 } as const;

/**
 * Every dated item: missing and overdue first, then by due date (or date). `regulation` is the
 * governing regulation's key; `defaults` the toolkit's defaults with the pack config's overrides.
 */
export function evidenceTimeline(
  ev: Evidence,
  today: string,
  regulation: string,
  defaults: Defaults = DEFAULTS,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const audit = (id: string) => windowFor(regulation, id, defaults.auditIntervalYears);
  const last = (kind: string) =>
    ev.security.audits
      .filter((a) => a.kind === kind)
      .sort((a, b) => a.on.localeCompare(b.on))
      .at(-1);
  const audits = [
    ["AUD-01", "infrastruktur", { id: "Audit infrastruktur", en: "Infrastructure audit" }],
    ["AUD-02", "keamanan", { id: "Audit keamanan", en: "Security audit" }],
  ] as const;
  for (const [obligation, kind, what] of audits) {
    const a = last(kind);
    items.push(
      recurring(
        today,
        { obligation, what, subject: a?.by ?? "-", reference: a?.reference },
        a?.on,
        audit(obligation),
      ),
    );
  }
  for (const a of ev.agencies) {
    items.push(
      recurring(
        today,
        {
          obligation: "NET-04",
          what: { id: "Penyampaian diagram LAN", en: "LAN diagram submission" },
          subject: a.id,
        },
        a.lanDiagramSubmittedOn,
        windowFor(regulation, "NET-04", defaults.recordWindowYears),
      ),
    );
    if (a.lanLastChangeReportedOn)
      items.push(
        once(
          {
            obligation: "NET-04",
            what: { id: "Laporan perubahan LAN", en: "LAN change report" },
            subject: a.id,
          },
          a.lanLastChangeReportedOn,
        ),
      );
  }
  for (const app of ev.applications) {
    const ad = app.admission;
    if (!ad) continue;
    const result =
      ad.result === "accepted" ? { id: "diterima", en: "accepted" } : { id: "dikembalikan", en: "returned" };
    items.push(
      once(
        {
          obligation: "DC-03",
          what: { id: `Uji kelayakan penempatan (${result.id})`, en: `Admission test (${result.en})` },
          subject: app.id,
          reference: ad.request,
        },
        ad.testedOn,
      ),
    );
  }
  items.push(...approvalItems("NET-06", "Jaringan Intra", ev.network.approvals));
  for (const ic of ev.network.interconnects)
    items.push(...approvalItems("NET-06", `${ic.kind}: ${ic.peer}`, ic.approvals));
  if (ev.gateway) items.push(...approvalItems("SPL-04", "Sistem Penghubung Layanan", ev.gateway.approvals));
  for (const s of ev.sites.filter(
    (x) => x.kind === "pusat-data" || (x.kind === "drc" && x.operator === ev.dinas.id),
  ))
    items.push(
      recurring(
        today,
        {
          obligation: "DC-06",
          what: { id: `Atestasi standar ${s.standard?.name ?? ""}`.trim(), en: "Standard attestation" },
          subject: s.id,
        },
        s.standard?.attestedOn,
        { kind: "toolkit", years: defaults.standardValidYears },
      ),
    );
  if (ev.network.standard)
    items.push(
      once(
        {
          obligation: "NET-08",
          what: { id: `Atestasi standar ${ev.network.standard.name}`, en: "Standard attestation" },
          subject: "Jaringan Intra",
        },
        ev.network.standard.attestedOn,
      ),
    );
  const va = ev.security.vulnerabilityAssessment;
  items.push(
    recurring(
      today,
      {
        obligation: "SEC-06",
        what: { id: "Penilaian kerentanan", en: "Vulnerability assessment" },
        subject: va?.by ?? "-",
      },
      va?.lastOn,
      windowFor(regulation, "SEC-06", defaults.vulnerabilityAssessmentYears),
    ),
  );
  const cp = ev.security.continuityPlan;
  if (cp)
    items.push(
      once(
        {
          obligation: "SEC-06",
          what: { id: "Rencana keberlangsungan TI diperbarui", en: "IT continuity plan updated" },
          subject: ev.dinas.id,
          reference: cp.reference,
        },
        cp.updatedOn,
      ),
    );
  const me = ev.security.monitoringEvaluation;
  items.push(
    recurring(
      today,
      {
        obligation: "OPS-02",
        what: { id: "Pemantauan dan evaluasi", en: "Monitoring and evaluation" },
        subject: ev.dinas.id,
      },
      me?.lastOn,
      windowFor(regulation, "OPS-02", defaults.recordWindowYears),
    ),
  );
  if (ev.security.sop)
    items.push(
      once(
        {
          obligation: "DC-04",
          what: { id: "SOP Pusat Data diperbarui", en: "Data center SOP updated" },
          subject: ev.dinas.id,
          reference: ev.security.sop.reference,
        },
        ev.security.sop.updatedOn,
      ),
    );
  if (ev.network.bandwidth) {
    // As the NET-09 rule: the regulation's interval (Tangerang: monthly), else a month, with the
    // toolkit's grace days for a report that lands a little late.
    const w = windowFor(regulation, "NET-09", 1);
    items.push(
      recurring(
        today,
        {
          obligation: "NET-09",
          what: { id: "Evaluasi bandwidth", en: "Bandwidth evaluation" },
          subject: "Jaringan Intra",
        },
        ev.network.bandwidth.lastEvaluatedOn,
        w.kind === "regulation" ? w : { kind: "regulation", months: 1 },
        defaults.bandwidthGraceDays,
        w.kind === "regulation"
          ? windowText(w)
          : { id: `1 bulan${toolkitDefault(MONTH).id}`, en: `1 month${toolkitDefault(MONTH).en}` },
      ),
    );
  }
  return items.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.due ?? a.date ?? "").localeCompare(b.due ?? b.date ?? "") ||
      a.subject.localeCompare(b.subject),
  );
}
