import "server-only";
import { Prisma } from "@/lib/db";
import { periodSql, scopeSql, type ReportScope } from "./scope";
import { queryRows } from "./sql-rows";
import { percent, type ReportTable } from "./table";

/**
 * "Aceitação": how solutions ended. Of the tickets ended in the period: accepted by the
 * requester, closed automatically (the solution went unanswered), closed "sem retorno do usuário"
 * (information never came) and cancelled; of those solved in the period, how many had a solution
 * rejected first ("Reprovadas") and how many rejections in all.
 */
export async function acceptanceReport(scope: ReportScope): Promise<ReportTable> {
  const [ended, rejected] = await Promise.all([
    queryRows<{ outcome: string; n: number }>(
      Prisma.sql`SELECT "outcome", COUNT(*) AS "n" FROM "ReportTicket"
        WHERE ${periodSql("endedDay", scope.filters)} AND ${scopeSql(scope)} GROUP BY 1`,
      ["n"],
    ),
    queryRows<{ tickets: number; rejections: number; solved: number }>(
      Prisma.sql`SELECT COUNT(*) AS "solved", SUM(CASE WHEN "rejections" > 0 THEN 1 ELSE 0 END) AS "tickets",
        SUM("rejections") AS "rejections" FROM "ReportTicket"
        WHERE ${periodSql("solvedDay", scope.filters)} AND ${scopeSql(scope)}`,
      ["tickets", "rejections", "solved"],
    ),
  ]);
  const count = (outcome: string) => ended.find((r) => r.outcome === outcome)?.n ?? 0;
  const closed = count("ACCEPTED") + count("AUTO_CLOSED") + count("INFO_CLOSED");
  const { tickets = 0, rejections = 0, solved = 0 } = rejected[0] ?? {};
  return {
    id: "aceitacao",
    title: "Aceitação das soluções",
    description: `${count("ACCEPTED")} soluções aceitas, ${count("AUTO_CLOSED")} fechadas automaticamente, ${count("INFO_CLOSED")} fechadas sem retorno do usuário; ${tickets ?? 0} das ${solved} resolvidas foram reprovadas ao menos uma vez.`,
    columns: ["Resultado", "Solicitações", "Percentual (%)"],
    rows: [
      ["Aceitas pelo usuário", count("ACCEPTED"), percent(count("ACCEPTED"), closed)],
      ["Fechadas automaticamente", count("AUTO_CLOSED"), percent(count("AUTO_CLOSED"), closed)],
      [
        "Fechadas sem retorno do usuário",
        count("INFO_CLOSED"),
        percent(count("INFO_CLOSED"), closed),
      ],
      ["Canceladas", count("CANCELLED"), percent(count("CANCELLED"), closed + count("CANCELLED"))],
      ["Reprovadas (resolvidas após rejeição)", tickets ?? 0, percent(tickets ?? 0, solved)],
      ["Rejeições de solução", rejections ?? 0, "—"],
    ],
    chart: "bars",
    plot: [1],
  };
}

/** "Satisfação": the ratings of the tickets ended in the period, per score, and their average. */
export async function satisfactionReport(scope: ReportScope): Promise<ReportTable> {
  const rows = await queryRows<{ score: number; n: number }>(
    Prisma.sql`SELECT "score", COUNT(*) AS "n" FROM "ReportTicket"
      WHERE ${periodSql("endedDay", scope.filters)} AND ${scopeSql(scope)} AND "score" IS NOT NULL
      GROUP BY 1`,
    ["score", "n"],
  );
  const total = rows.reduce((s, r) => s + r.n, 0);
  const average = total ? rows.reduce((s, r) => s + r.score * r.n, 0) / total : 0;
  const averageText = total ? average.toFixed(1).replace(".", ",") : "—";
  return {
    id: "satisfacao",
    title: "Satisfação",
    description: `${total} avaliações das solicitações encerradas no período, nota média ${averageText} de 5.`,
    columns: ["Nota", "Avaliações", "Percentual (%)"],
    rows: [5, 4, 3, 2, 1].map((score) => {
      const n = rows.find((r) => r.score === score)?.n ?? 0;
      return [`${score} de 5`, n, percent(n, total)];
    }),
    chart: "bars",
    plot: [1],
  };
}
