/**
 * DC-10's access part: who a RoleBinding (or ClusterRoleBinding) in an agency's namespace grants
 * access to. "Mengatur akses Informasi sesuai dengan setiap kewenangan Perangkat Daerah"
 * (Tangerang 23(3)(c), Bengkulu 13(1)(c)) is broken by a binding to everyone signed in
 * (`system:authenticated`), to anyone (`system:unauthenticated`, `system:anonymous`), to every
 * service account (`system:serviceaccounts[:ns]` of another namespace), to another agency's
 * service account, or to a user or group that is also bound in another agency's namespace.
 * (Network isolation between namespaces is the NetworkPolicy part of DC-10.)
 */
import { describe, t } from "./select";
import { objectName, type Violation, type View } from "../rule";

const EVERYONE = new Set([
  "system:authenticated",
  "system:unauthenticated",
  "system:anonymous",
  "system:serviceaccounts",
]);

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

function subjectsOf(v: View): Subject[] {
  const list = v.props.subjects;
  if (!Array.isArray(list)) return [];
  return list
    .filter((s): s is Record<string, unknown> => !!s && typeof s === "object")
    .map((s) => ({
      kind: String(s.kind ?? ""),
      name: String(s.name ?? ""),
      ...(typeof s.namespace === "string" ? { namespace: s.namespace } : {}),
    }));
}

const isBinding = (v: View) => v.kind === "RoleBinding" || v.kind === "ClusterRoleBinding";

/** Findings for bindings that let someone outside an agency's authority into its namespace. */
export function accessFindings(views: View[], owners: Map<string, string>): Violation[] {
  const out: Violation[] = [];
  // Which agencies each named user or group is bound in: one subject across two agencies crosses authority.
  const seen = new Map<string, { agency: string; binding: View }>();
  for (const b of views.filter(isBinding)) {
    const ns = b.kind === "ClusterRoleBinding" ? undefined : b.namespace;
    const agency = ns ? owners.get(ns) : undefined;
    // A ClusterRoleBinding reaches every namespace, the agencies' included.
    if (b.kind === "RoleBinding" && !agency) continue;
    const where = agency ? `namespace '${ns}' (${agency})` : "seluruh namespace / every namespace";
    for (const s of subjectsOf(b)) {
      const broad =
        EVERYONE.has(s.name) || (s.name.startsWith("system:serviceaccounts:") && s.name.slice(23) !== ns);
      if (broad) {
        out.push({
          urn: b.urn,
          message: t(
            `${describe(b)} memberi akses ke ${where} kepada '${s.name}', yaitu di luar kewenangan Perangkat Daerah.`,
            `${describe(b)} grants access to ${where} to '${s.name}', outside the agency's authority.`,
          ),
        });
        continue;
      }
      if (!agency) continue;
      if (s.kind === "ServiceAccount") {
        const other = s.namespace ? owners.get(s.namespace) : undefined;
        if (s.namespace && s.namespace !== ns && other && other !== agency)
          out.push({
            urn: b.urn,
            message: t(
              `${describe(b)} memberi akses ke ${where} kepada service account '${s.namespace}/${s.name}' milik '${other}'.`,
              `${describe(b)} grants access to ${where} to service account '${s.namespace}/${s.name}' of '${other}'.`,
            ),
          });
        continue;
      }
      const key = `${s.kind}:${s.name}`;
      const first = seen.get(key);
      if (!first) seen.set(key, { agency, binding: b });
      else if (first.agency !== agency)
        out.push({
          urn: b.urn,
          message: t(
            `${describe(b)} memberi '${s.name}' akses ke ${where}, padahal ${s.kind} itu juga terikat di namespace '${first.agency}' (${objectName(first.binding)}): satu subjek melintasi kewenangan dua Perangkat Daerah.`,
            `${describe(b)} grants '${s.name}' access to ${where}, but that ${s.kind} is also bound in '${first.agency}' (${objectName(first.binding)}): one subject crosses two agencies' authority.`,
          ),
        });
    }
  }
  return out;
}
