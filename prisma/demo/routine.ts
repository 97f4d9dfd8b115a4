/**
 * The month's everyday tickets, beside the remarkable ones of stories.ts: drawn with a fixed
 * random seed from the requests a municipal service desk receives and the ways they end, so
 * that every run writes the same month.
 */
import type { Person } from "./people";
import type { Step, Story } from "./story";
import type { Timing } from "./stories";

/** mulberry32: a small seeded generator; the same seed gives the same month. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
  };
}

type Request = Pick<Story, "item" | "answers" | "description"> & { solution: string };

const REQUESTS: readonly Request[] = [
  {
    item: "gerid",
    answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
    description:
      "Solicito acesso ao GERID para o novo servidor do CRAS, conforme autorização da secretaria.",
    solution: "Acesso criado. O servidor recebe a senha provisória por e-mail.",
  },
  {
    item: "gerid",
    answers: { motivo: "Problema", funcionalidade: "Acesso" },
    description: "A senha provisória do GERID expirou antes do primeiro acesso.",
    solution: "Enviamos uma nova senha provisória, válida por 48 horas.",
  },
  {
    item: "gerid",
    answers: { motivo: "Dúvida", funcionalidade: "Acesso" },
    description: "Como remover o acesso de uma servidora que se aposentou?",
    solution:
      "O gestor de acesso do município remove pelo menu Gestão de usuários > Desativar. Já fizemos para a servidora citada.",
  },
  {
    item: "gerid",
    answers: { motivo: "Problema", funcionalidade: "Acesso" },
    description: "Aparece “Perfil não autorizado” ao entrar no módulo de gestão de usuários.",
    solution: "O perfil de gestor estava vencido; renovamos por 12 meses.",
  },
  {
    item: "gerid",
    answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
    description: "Solicito a troca do e-mail cadastrado no GERID da coordenadora do Bolsa Família.",
    solution: "E-mail atualizado no cadastro da coordenadora.",
  },
  {
    item: "portal-rede-atendimento",
    answers: { motivo: "Problema", funcionalidade: "Login do Usuário", sintoma: "Indisponível" },
    description: "O Portal Rede Atendimento mostra erro 503 ao entrar pela manhã.",
    solution: "Houve instabilidade no servidor entre 8h e 9h30; o acesso já está normalizado.",
  },
  {
    item: "portal-rede-atendimento",
    answers: { motivo: "Problema", funcionalidade: "Cadastro", sintoma: "Lento" },
    description: "Salvar o cadastro de uma família demora vários minutos.",
    solution: "Aplicada correção de desempenho no módulo de cadastro. Teste novamente, por favor.",
  },
  {
    item: "portal-rede-atendimento",
    answers: { motivo: "Dúvida", funcionalidade: "Consulta Família por Tipo de Ocorrência" },
    description: "Como exportar a consulta de famílias por tipo de ocorrência para planilha?",
    solution: "Use o botão “Exportar” no fim da lista de resultados; o arquivo sai em CSV.",
  },
  {
    item: "portal-rede-atendimento",
    answers: {
      motivo: "Problema",
      funcionalidade: "Consulta Família por Tipo de Ocorrência",
      sintoma: "Inconsistente",
    },
    description: "A consulta mostra uma família em duplicidade, com o mesmo NIS.",
    solution: "O registro duplicado foi removido na base de ocorrências.",
  },
  {
    item: "portal-rede-atendimento",
    answers: { motivo: "Solicitação", funcionalidade: "Login do Usuário" },
    description: "Solicito o desbloqueio do usuário da assistente social Fernanda Lima.",
    solution: "Usuário desbloqueado. Oriente a servidora a trocar a senha no próximo acesso.",
  },
  {
    item: "portal-rede-atendimento",
    answers: { motivo: "Dúvida", funcionalidade: "Cadastro" },
    description: "Qual documento é aceito para comprovar a residência no cadastro?",
    solution:
      "São aceitos conta de luz, água ou telefone dos últimos 3 meses, ou declaração do responsável.",
  },
];

const THANKS = [
  "Obrigada, funcionou!",
  "Deu certo, obrigado.",
  "Perfeito, já conseguimos acessar.",
  "Resolvido aqui, muito obrigado pela agilidade.",
];
const WORKING = [
  "Estamos verificando e retornamos em breve.",
  "Recebemos a solicitação e já estamos analisando.",
  "Em análise com a equipe técnica.",
];
const CUSTOMERS: readonly Person[] = [
  "requester",
  "requester",
  "requester",
  "colleague",
  "stateRequester",
  "stateRequester",
  "marina",
  "marina",
  "paulo",
  "paulo",
];
const ANALYSTS: readonly Person[] = ["analyst", "carla"];

type Ending = "closed" | "autoClosed" | "cancelled" | "open" | "working" | "solved";
/** How the everyday tickets end, in order: mostly closed, the rest spread over the queues. */
const ENDINGS: readonly Ending[] = [
  ..."closed closed autoClosed closed open working closed cancelled solved closed".split(" "),
  ..."closed working closed autoClosed open closed solved closed working closed".split(" "),
  ..."closed closed open working closed autoClosed closed solved cancelled closed".split(" "),
  ..."working closed open closed closed working closed solved autoClosed closed".split(" "),
  ..."closed open working closed closed".split(" "),
] as Ending[];

export function routineStories({ workday }: Timing): Story[] {
  const random = seeded(2026);
  return ENDINGS.map((ending) => {
    const request = random.pick(REQUESTS);
    const by = random.pick(CUSTOMERS);
    const agent = random.pick(ANALYSTS);
    const active = ending === "open" || ending === "working" || ending === "solved";
    const daysAgo = active ? random.between(0, ending === "solved" ? 3 : 5) : random.between(9, 30);
    const hour = daysAgo === 0 ? 0 : random.between(8, 17);
    const start = random.between(1, 5);
    const solved = start + random.between(1, 6);
    const steps: Step[] = [];
    if (ending === "cancelled")
      steps.push({
        at: 2,
        do: "cancel",
        by,
        text: "Não é mais necessário, resolvemos internamente.",
      });
    if (ending === "working")
      steps.push(
        { at: 0.5, do: "start", by: agent },
        { at: 0.6, do: "comment", by: agent, text: random.pick(WORKING) },
      );
    if (ending === "closed" || ending === "autoClosed" || ending === "solved")
      steps.push(
        { at: start, do: "start", by: agent },
        { at: start + 0.5, do: "time", by: agent, minutes: random.between(1, 6) * 15 },
        { at: solved, do: "resolve", by: agent, text: request.solution },
      );
    if (ending === "closed") {
      steps.push({
        at: solved + random.between(2, 30),
        do: "comment",
        by,
        text: random.pick(THANKS),
      });
      steps.push({ at: solved + 31, do: "accept", by });
      if (random.between(0, 9) < 7)
        steps.push({ at: solved + 31.2, do: "rate", by, score: random.between(3, 5) });
    }
    if (ending === "autoClosed")
      steps.push(
        { at: solved + 5 * 24 + 1, do: "autoCloseReminder" },
        { at: solved + 7 * 24 + 1, do: "autoClose" },
      );
    // A ticket opened today starts `hour` hours ago instead of at a working hour.
    const openedHoursAgo = daysAgo === 0 ? 0.5 + random.between(0, 3) : workday(daysAgo, hour);
    return { ...request, by, openedHoursAgo, steps: active && daysAgo === 0 ? [] : steps };
  });
}
