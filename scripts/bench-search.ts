/**
 * npm run bench:search [-- --articles 10000] [--samples 300] [--engine postgresql]
 *                      [--database file:./data/bench-search.db]
 *
 * The search's hot paths at scale: builds a fresh database (SQLite by default; with `--engine
 * postgresql`, a throwaway PostgreSQL server removed afterwards) with the demo data and
 * `--articles` published articles of realistic Portuguese text, indexes them, then times
 * "Pesquisar" (searchPortal) for everyday queries and the request form's suggestions
 * (suggestArticles) for everyday descriptions. Prints count, p50, p95 and max in milliseconds.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { CommandError, runCommand } from "./run-command";
import { freshBenchDatabase, percentiles, refuseOwnDatabase } from "./bench/measure";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    samples: { type: "string", default: "300" },
    engine: { type: "string", default: "sqlite" },
    database: { type: "string", default: "file:./data/bench-search.db" },
  },
});
const articles = Number(values.articles);
const samples = Number(values.samples);

const QUERIES = [
  "senha", "gerid", "senha expirada", "usuário bloqueado", "cadunico atualização cadastral",
  "certificado digital", "como emitir comprovante", "relatorio lento", "acessar o portal",
  "redefinir senha do gerid", "erro ao gerar relatório no siafi", "bolsa familia",
  "nfs-e", "importação de arquivo csv", "perfil de acesso", "xyzzy inexistente",
]; // prettier-ignore
const DESCRIPTIONS = [
  "Bom dia, não consigo acessar o GERID, a senha expirou e o sistema pede para trocar mas dá erro.",
  "O relatório de famílias do CadÚnico demora muito e depois aparece uma tela em branco.",
  "Nosso certificado digital foi renovado e agora o sistema recusa o acesso com mensagem de erro.",
  "Preciso cadastrar um novo gestor de acesso para a secretaria de saúde do município.",
  "Ao importar o arquivo da folha de pagamento aparece falha na importação, formato inválido.",
  "Usuário bloqueado após várias tentativas, precisa desbloquear com urgência para o atendimento.",
]; // prettier-ignore

async function time(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  const { p50, p95 } = percentiles(ms);
  const cell = (n: number) => n.toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(36)} n ${String(ms.length).padStart(4)}  p50 ${cell(p50)}  p95 ${cell(p95)}  max ${cell(Math.max(...ms))} ms`,
  );
}

runCommand(async () => {
  if (!Number.isInteger(articles) || articles <= 0 || !Number.isInteger(samples) || samples <= 0)
    throw new CommandError("--articles and --samples must be positive whole numbers.");
  if (!["sqlite", "postgresql"].includes(values.engine))
    throw new CommandError('--engine must be "sqlite" or "postgresql".');
  let server: ThrowawayPostgres | undefined;
  try {
    if (values.engine === "postgresql") server = await startThrowawayPostgres();
    const url = server ? server.url : values.database;
    refuseOwnDatabase(url);
    await benchmark(url);
  } finally {
    server?.stop();
  }
});

async function benchmark(url: string) {
  const target = await freshBenchDatabase(url);
  const { db } = await import("../lib/db");
  const { seedDemoData } = await import("../prisma/seed");
  const { writeBenchArticles } = await import("./bench/articles");
  const { rebuildSearchIndex, searchPortal, suggestArticles } = await import("../lib/search");
  const { optimizeDatabase } = await import("../lib/db/maintenance");
  const { loadActor } = await import("../lib/tickets/actor");

  console.log(`Database: ${target.provider}; writing ${articles.toLocaleString("en")} articles...`);
  await seedDemoData(db);
  const author = await db.user.findFirstOrThrow({ where: { role: "AGENT" } });
  const requester = await db.user.findFirstOrThrow({ where: { role: "REQUESTER" } });
  const items = await db.catalogItem.findMany({ select: { id: true } });
  const categoryIds = (await db.knowledgeCategory.findMany()).map((category) => category.id);
  const itemIds = items.map((item) => item.id);
  await writeBenchArticles(db, { count: articles, authorId: author.id, categoryIds, itemIds });
  let started = performance.now();
  const indexed = await rebuildSearchIndex(db);
  console.log(
    `Indexed ${indexed.articles} articles and ${indexed.items} items in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await optimizeDatabase(url);

  const readers = [await loadActor(requester.id), await loadActor(author.id), null];
  const reader = (i: number) => readers[i % readers.length]!;
  started = performance.now();
  const { total } = await searchPortal(readers[0]!, "senha");
  console.log(`"senha" finds ${total} entries for a requester (${(performance.now() - started).toFixed(1)} ms, cold)\n`); // prettier-ignore

  await time("search, page 1 (20 hits)", (i) =>
    searchPortal(reader(i), QUERIES[i % QUERIES.length]!),
  );
  await time("search, page 3", (i) =>
    searchPortal(reader(i), QUERIES[i % QUERIES.length]!, { page: 3 }),
  );
  await time("suggestions (5) for a description", (i) =>
    suggestArticles(reader(i), {
      text: DESCRIPTIONS[i % DESCRIPTIONS.length]!,
      itemId: itemIds[i % itemIds.length]!,
    }),
  );
  await db.$disconnect();
}
