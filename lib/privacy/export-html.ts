import { escapeHtml } from "@/lib/text/html";
import { formatDateTime } from "@/lib/text/dates";
import { STATE_LABELS } from "@/lib/tickets/states";
import type { TicketState } from "@/lib/db/generated/enums";
import type { PersonalData } from "./export-data";

/**
 * The readable copy of "Baixar meus dados": one self-contained HTML page (no script, no external
 * resource), every value escaped. The JSON file holds the same data for machines.
 */
export function renderPersonalDataHtml(data: PersonalData, timeZone: string): string {
  const text = (value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (value instanceof Date) return escapeHtml(formatDateTime(value, timeZone));
    if (typeof value === "boolean") return value ? "Sim" : "Não";
    if (typeof value === "object") return escapeHtml(JSON.stringify(value));
    return escapeHtml(String(value)).replace(/\r?\n/g, "<br>");
  };
  const table = (headers: string[], rows: unknown[][]) =>
    rows.length === 0
      ? "<p>Nenhum registro.</p>"
      : `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
          .map((row) => `<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
  const state = (value: string | null) => (value ? STATE_LABELS[value as TicketState] : null);
  const p = data.profile;

  const tickets = data.tickets
    .map(
      (t) => `<section><h3>${escapeHtml(t.number)} – ${escapeHtml(t.item)}</h3>
${table(
  ["Situação", "Aberta em", "Aberta por", "Para", "Organização", "Descrição"],
  [[state(t.state), t.createdAt, t.requester, t.requestedFor, t.organization, t.description]],
)}
<h4>Histórico</h4>
${table(
  ["Quando", "Quem", "Mensagem", "Situação"],
  t.events.map((e) => [e.createdAt, e.by, e.body, state(e.toState)]),
)}
<h4>Anexos</h4>
${table(
  ["Arquivo", "Bytes", "Enviado em"],
  t.attachments.map((a) => [a.fileName, a.size, a.createdAt]),
)}</section>`,
    )
    .join("\n");

  return `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Meus dados – Portal de Atendimento</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body>
<h1>Meus dados – Portal de Atendimento</h1>
<h2>Perfil</h2>
${table(
  ["Nome", "CPF", "E-mail", "Telefone", "Papel", "Organização", "Cadastro", "Último acesso"],
  [[p.name, p.cpf, p.email, p.phone, p.role, p.organization, p.createdAt, p.lastSignInAt]],
)}
<h2>Minhas solicitações</h2>
${tickets || "<p>Nenhum registro.</p>"}
<h2>Avaliações</h2>
${table(
  ["Solicitação", "Nota", "Comentário", "Em"],
  data.ratings.map((r) => [r.ticket, r.score, r.comment, r.updatedAt]),
)}
<h2>Votos em artigos</h2>
${table(
  ["Artigo", "Útil", "O que faltou", "Em"],
  data.votes.map((v) => [v.article, v.helpful, v.missing, v.updatedAt]),
)}
<h2>Comentários em artigos</h2>
${table(
  ["Artigo", "Comentário", "Em"],
  data.comments.map((c) => [c.article, c.body, c.createdAt]),
)}
<h2>Sessões</h2>
${table(
  ["Início", "Fim", "Endereço", "Navegador"],
  data.sessions.map((s) => [s.createdAt, s.endedAt ?? s.expiresAt, s.address, s.userAgent]),
)}
<h2>Quem acessou meus dados</h2>
${table(
  ["Quando", "Quem", "Papel", "O quê"],
  data.accessLog.map((a) => [a.createdAt, a.by, a.role, a.ref ?? "Perfil"]),
)}
</body></html>
`;
}
