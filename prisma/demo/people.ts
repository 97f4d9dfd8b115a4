/**
 * The people of the demo's month, beyond the base accounts of prisma/demo-data.ts: two more
 * municipalities with their requesters, a second analyst of "Atendimento N1", and a state manager
 * who reads the tickets of the state and of its three municipalities. Every password is
 * DEMO_PASSWORD, as for the base accounts.
 */
import { demoUsers } from "../demo-data";

export const monthOrganizations = [
  { key: "santa-aurora", name: "Prefeitura Municipal de Santa Aurora", kind: "MUNICIPALITY" },
  { key: "rio-claro", name: "Prefeitura Municipal de Rio Claro do Sul", kind: "MUNICIPALITY" },
] as const;

/** Where a month user belongs: a base organization key, or one of monthOrganizations. */
type OrganizationKey = "prefeitura" | "estado" | (typeof monthOrganizations)[number]["key"];

export type MonthUser = {
  cpf: string;
  name: string;
  email: string;
  role: "REQUESTER" | "AGENT";
  organization?: OrganizationKey;
  group?: "Atendimento N1" | "Relacionamento";
  /** "Gestor da organização" of these organizations. */
  manages?: OrganizationKey[];
};

export const monthUsers: readonly MonthUser[] = [
  {
    cpf: "21436587026",
    name: "Marina Costa",
    email: "marina.costa@santaaurora.example",
    role: "REQUESTER",
    organization: "santa-aurora",
  },
  {
    cpf: "31825497664",
    name: "Paulo Henrique Souza",
    email: "paulo.souza@rioclaro.example",
    role: "REQUESTER",
    organization: "rio-claro",
  },
  {
    cpf: "42716398500",
    name: "Gestora Estado Demo",
    email: "gestora@estado.example",
    role: "REQUESTER",
    organization: "estado",
    manages: ["estado", "prefeitura", "santa-aurora", "rio-claro"],
  },
  {
    cpf: "53627189400",
    name: "Carla Mendes",
    email: "carla.mendes@suporte.example",
    role: "AGENT",
    group: "Atendimento N1",
  },
];

/** Every demo account, base and month: what `npm start` prints and `demo:remove` takes away. */
export const allDemoUsers = [...demoUsers, ...monthUsers];

/** The CPFs the demo's stories name people by. */
export const PEOPLE = {
  requester: "52998224725", // Requerente Demo, Prefeitura Municipal de Demonstração
  colleague: "39053344705", // Acompanhante Demo, same organization
  stateRequester: "98765432100", // Requerente Estado Demo
  marina: "21436587026", // Santa Aurora
  paulo: "31825497664", // Rio Claro do Sul
  manager: "42716398500",
  analyst: "11144477735", // Analista Demo, Atendimento N1
  carla: "53627189400", // Atendimento N1
  relationship: "45612378955", // Analista Relacionamento Demo
  admin: "12345678909",
} as const;

export type Person = keyof typeof PEOPLE;

/** The logins `npm start` prints and the README's tour follows, one per role. */
export const DEMO_LOGINS: readonly { cpf: string; name: string; role: string }[] = [
  {
    cpf: PEOPLE.requester,
    name: "Requerente Demo",
    role: "Requerente (Prefeitura Municipal de Demonstração)",
  },
  {
    cpf: PEOPLE.marina,
    name: "Marina Costa",
    role: "Requerente (Prefeitura Municipal de Santa Aurora)",
  },
  {
    cpf: PEOPLE.manager,
    name: "Gestora Estado Demo",
    role: "Gestora da organização (Estado e municípios)",
  },
  { cpf: PEOPLE.analyst, name: "Analista Demo", role: "Analista (Atendimento N1)" },
  {
    cpf: PEOPLE.relationship,
    name: "Analista Relacionamento Demo",
    role: "Analista (Relacionamento)",
  },
  { cpf: PEOPLE.admin, name: "Administrador Demo", role: "Administrador" },
];
