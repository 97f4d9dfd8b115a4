import type { Db } from "../../lib/db/client";
import type { ArticleAudience } from "../../lib/db/generated/enums";

/**
 * Articles of realistic Portuguese help-desk text for the search benchmark: each is one of ten
 * problems with one of the municipalities' systems ("Senha expirada no GERID", "Falha na
 * importação de arquivo do SIAFI"…), in the "Dúvida / Ambiente / Solução" sections, written
 * through Prisma (so it works on every database). Deterministic: two runs write the same.
 */

const SYSTEMS = [
  "GERID", "CadÚnico", "Portal Rede Atendimento", "SIAFI", "e-SUS", "Bolsa Família", "NFS-e",
  "IPTU", "SICONV", "Protocolo Digital", "Folha de Pagamento", "Almoxarifado", "Ouvidoria",
  "Sistema de Licitações", "Prontuário Eletrônico", "Diário Oficial", "Alvará Online", "SIGTAP",
]; // prettier-ignore
/** Each topic: a title, what the requester says, and how support solves it. */
const TOPICS: { title: string; question: string[]; solution: string[] }[] = [
  {
    title: "Senha expirada no",
    question: ["A senha expirou e o sistema pede uma nova senha, mas recusa a troca.", "Após noventa dias a senha precisa ser trocada."],
    solution: ["Use ao menos oito caracteres, com letras e números, diferente das três últimas senhas.", "Se a troca falhar, peça a redefinição ao gestor de acesso do órgão."],
  },
  {
    title: "Usuário bloqueado no",
    question: ["Depois de três tentativas inválidas o usuário foi bloqueado.", "O sistema informa que o usuário está bloqueado por inatividade."],
    solution: ["O gestor de acesso desbloqueia o usuário pela tela de gestão de usuários.", "O bloqueio por tentativas termina sozinho em trinta minutos."],
  },
  {
    title: "Erro ao gerar relatório no",
    question: ["O relatório mensal termina com erro interno depois de alguns minutos.", "A planilha exportada chega vazia ou incompleta."],
    solution: ["Reduza o período consultado para no máximo um mês por relatório.", "Gere o relatório fora do horário de pico, antes das nove horas."],
  },
  {
    title: "Lentidão ao acessar o",
    question: ["As telas demoram mais de um minuto para abrir.", "O sistema fica lento no início da tarde."],
    solution: ["Informe o horário e a tela em que a lentidão ocorreu.", "Teste a conexão da prefeitura com outro serviço para descartar a rede local."],
  },
  {
    title: "Certificado digital recusado pelo",
    question: ["O certificado digital A3 não é reconhecido na assinatura.", "Aparece a mensagem certificado inválido ou revogado."],
    solution: ["Instale o driver do token e confira a validade do certificado.", "Certificados renovados precisam ser vinculados de novo ao cadastro."],
  },
  {
    title: "Como cadastrar gestor no",
    question: ["A secretaria precisa de um novo gestor de acesso.", "O antigo gestor saiu e ninguém consegue conceder perfis."],
    solution: ["Envie o ofício assinado pelo prefeito com nome, CPF e cargo do novo gestor.", "O cadastro é liberado em até dois dias úteis."],
  },
  {
    title: "Como emitir comprovante no",
    question: ["O cidadão pede o comprovante de inscrição.", "Não encontro a opção de imprimir o comprovante."],
    solution: ["No menu Consultas, escolha o período e clique em Emitir comprovante.", "O comprovante sai em PDF com código de autenticação."],
  },
  {
    title: "Falha na importação de arquivo do",
    question: ["A importação do arquivo termina com formato inválido.", "Algumas linhas do arquivo são rejeitadas na carga."],
    solution: ["O arquivo deve estar em CSV, codificação UTF-8, com separador ponto e vírgula.", "Corrija as linhas indicadas no log de rejeição e importe só elas."],
  },
  {
    title: "Atualização cadastral no",
    question: ["A família está com cadastro desatualizado há mais de dois anos.", "O benefício foi suspenso por falta de atualização."],
    solution: ["O responsável familiar comparece ao posto com os documentos de todos.", "A atualização é registrada no mesmo dia e o benefício volta no mês seguinte."],
  },
  {
    title: "Tela em branco ao abrir o",
    question: ["Ao abrir o módulo a tela fica em branco.", "Nada aparece depois de entrar, só o cabeçalho."],
    solution: ["Limpe o cache do navegador e desative extensões de bloqueio.", "Use Chrome, Firefox ou Edge atualizados."],
  },
]; // prettier-ignore
const GENERAL = [
  "A prefeitura deve abrir uma solicitação no Catálogo informando o módulo afetado.",
  "O suporte responde em até um dia útil e pode pedir capturas de tela.",
  "Perfis de acesso são atribuídos pelo administrador em cada município.",
  "O sistema registra cada alteração com o usuário e a data, para auditoria.",
  "Confira se o e-mail cadastrado está correto para receber os avisos.",
  "Anote o número do protocolo para acompanhar o atendimento.",
]; // prettier-ignore
const KEYWORDS = [
  "acesso",
  "senha",
  "login",
  "erro",
  "relatório",
  "cadastro",
  "perfil",
  "bloqueio",
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const AUDIENCES: ArticleAudience[] = ["PUBLIC", "SIGNED_IN", "SIGNED_IN", "SUPPORT"];

/** Writes `count` published articles; a fifth of them related to one of `itemIds`. */
export async function writeBenchArticles(
  db: Db,
  { count, authorId, categoryIds, itemIds }: {
    count: number; authorId: string; categoryIds: string[]; itemIds: string[];
  }, // prettier-ignore
): Promise<void> {
  const next = random(17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const general = (n: number) => Array.from({ length: n }, () => pick(GENERAL)).join(" ");
  for (let start = 0; start < count; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - start) }, (_, k) => {
      const i = start + k;
      const system = pick(SYSTEMS);
      const topic = pick(TOPICS);
      const title = `${topic.title} ${system} (${i + 1})`;
      return {
        id: `bench-article-${i}`,
        slug: `bench-artigo-${i}`,
        title,
        summary: pick(topic.question),
        body: `## Dúvida\n\n${topic.question.join(" ")} ${general(1)}\n\n## Ambiente\n\n${system}, módulo de ${pick(KEYWORDS)}. ${general(1)}\n\n## Solução\n\n1. ${topic.solution[0]}\n2. ${topic.solution[1]}\n\n${general(2)}\n`,
        keywords: [pick(KEYWORDS), pick(KEYWORDS)].join(", "),
        audience: pick(AUDIENCES),
        state: "PUBLISHED" as const,
        authorId,
        categoryId: pick(categoryIds),
        publishedAt: new Date(),
      };
    });
    await db.article.createMany({ data: rows });
    await db.articleItem.createMany({
      data: rows
        .filter((_, k) => k % 5 === 0)
        .map((row) => ({ articleId: row.id, itemId: pick(itemIds) })),
    });
  }
}
