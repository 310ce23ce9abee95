/**
 * The evidence timeline: the paper trail the regulations ask for (audits, fitness approvals,
 * admission tests, LAN diagram submissions, attestations, evaluations) with the date each is next
 * due. It reads the `Evidence` record (plan/evidence.ts), the very record the pack's evidence
 * rules read, and judges freshness with their own intervals, so an item is overdue here exactly
 * when the matching rule reports it.
 */
import type { DatedApproval, Evidence } from "../inventory/facts";
import { yearsBefore } from "../policies/rule";
import { DEFAULTS } from "../policies/defaults";

const AUDIT_INTERVAL_YEARS = DEFAULTS.auditIntervalYears;
import { STANDARD_VALID_YEARS } from "../policies/rules/pusat-data-evidence";
import type { Text, TimelineItem } from "./model";

/** NET-04, SEC-06 and OPS-02 recur yearly in the pack's rules. */
const YEARLY = 1;

function yearsAfter(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

interface Item {
  obligation: string;
  what: Text;
  subject: string;
  reference?: string | null | undefined;
}

function recurring(today: string, it: Item, date: string | null | undefined, years: number): TimelineItem {
  const base = {
    obligation: it.obligation,
    what: it.what,
    subject: it.subject,
    reference: it.reference ?? null,
  };
  if (!date) return { ...base, date: null, due: today, status: "missing" };
  const status = date < yearsBefore(today, years) ? "overdue" : "ok";
  return { ...base, date, due: yearsAfter(date, years), status };
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

/** Every dated item: missing and overdue first, then by due date (or date). */
export function evidenceTimeline(ev: Evidence, today: string): TimelineItem[] {
  const items: TimelineItem[] = [];
  const last = (kind: string) =>
    ev.security.audits
      .filter((a) => a.kind === kind)
      .sort((a, b) => a.on.localeCompare(b.on))
      .at(-1);
  const infra = last("infrastruktur");
  const sec = last("keamanan");
  items.push(
    recurring(
      today,
      {
        obligation: "AUD-01",
        what: { id: "Audit infrastruktur", en: "Infrastructure audit" },
        subject: infra?.by ?? "-",
        reference: infra?.reference,
      },
      infra?.on,
      AUDIT_INTERVAL_YEARS,
    ),
  );
  items.push(
    recurring(
      today,
      {
        obligation: "AUD-02",
        what: { id: "Audit keamanan", en: "Security audit" },
        subject: sec?.by ?? "-",
        reference: sec?.reference,
      },
      sec?.on,
      AUDIT_INTERVAL_YEARS,
    ),
  );
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
        YEARLY,
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
        STANDARD_VALID_YEARS,
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
      YEARLY,
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
      YEARLY,
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
  const bw = ev.network.bandwidth?.lastEvaluatedOn;
  if (bw)
    items.push(
      once(
        {
          obligation: "NET-09",
          what: { id: "Evaluasi bandwidth", en: "Bandwidth evaluation" },
          subject: "Jaringan Intra",
        },
        bw,
      ),
    );
  return items.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.due ?? a.date ?? "").localeCompare(b.due ?? b.date ?? "") ||
      a.subject.localeCompare(b.subject),
  );
}
