import { renderMail, type RenderedMail } from "@/lib/notifications/layout";
import { dayLabel } from "./days";
import type { ReportTable } from "./table";

export type WeeklyFigures = {
  from: string;
  to: string;
  opened: number;
  solved: number;
  closed: number;
  backlog: number;
  firstResponse: string;
  solution: string;
  satisfaction: string;
};

const sumColumn = (table: ReportTable, column: number) =>
  table.rows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0);
const share = (met: number, breached: number) =>
  met + breached
    ? `${((met / (met + breached)) * 100).toFixed(1).replace(".", ",")}% no prazo`
    : "—";

/** The weekly summary's figures, read from the same reports the page shows. */
export function weeklyFigures(
  period: { from: string; to: string },
  [volume, backlog, sla, satisfaction]: ReportTable[],
): WeeklyFigures {
  const rated = sumColumn(satisfaction!, 1);
  const points = satisfaction!.rows.reduce((s, r) => s + Number(String(r[0])[0]) * Number(r[1]), 0);
  return {
    ...period,
    opened: sumColumn(volume!, 1),
    solved: sumColumn(volume!, 2),
    closed: sumColumn(volume!, 3),
    backlog: Number(backlog!.rows.at(-1)?.[1] ?? 0),
    firstResponse: share(sumColumn(sla!, 2), sumColumn(sla!, 3)),
    solution: share(sumColumn(sla!, 5), sumColumn(sla!, 6)),
    satisfaction: rated
      ? `${(points / rated).toFixed(1).replace(".", ",")} de 5 (${rated} avaliações)`
      : "sem avaliações",
  };
}

/** "Resumo semanal": the week's figures, a link to the full report and the unsubscribe link. */
export function weeklyReportMail(input: {
  name: string;
  figures: WeeklyFigures;
  reportUrl: string;
  unsubscribeUrl: string;
}): { subject: string; body: RenderedMail } {
  const { figures: f } = input;
  const week = `${dayLabel(f.from)} a ${dayLabel(f.to)}`;
  return {
    subject: `Resumo semanal do atendimento – ${week}`,
    body: renderMail({
      preheader: `${f.opened} abertas, ${f.solved} resolvidas, ${f.backlog} em aberto.`,
      heading: "Resumo semanal do atendimento",
      paragraphs: [`Olá, ${input.name}.`, `Os números dos seus grupos na semana de ${week}:`],
      details: [
        ["Abertas", String(f.opened)],
        ["Resolvidas", String(f.solved)],
        ["Fechadas", String(f.closed)],
        ["Em aberto ao fim da semana", String(f.backlog)],
        ["Primeira resposta", f.firstResponse],
        ["Solução", f.solution],
        ["Satisfação", f.satisfaction],
      ],
      action: { label: "Ver o relatório completo", url: input.reportUrl },
      choices: {
        heading: "Não quer mais receber?",
        text: "Um clique abre a página que confirma o cancelamento.",
        links: [{ label: "Cancelar o resumo semanal", url: input.unsubscribeUrl }],
      },
      footer: "Você recebe este e-mail porque assinou o resumo semanal em Relatórios.",
    }),
  };
}
