/**
 * The portal's roles and the questions asked about them, in one place: pages, services and
 * components ask these instead of comparing role names, so that a new role is one change here.
 */
export const ROLES = ["REQUESTER", "AGENT", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  REQUESTER: "Usuário máster",
  AGENT: "Analista",
  ADMIN: "Administrador",
};

/** Agents and admins: the people who work tickets (the agent view, internal notes, queues). */
export function isSupport(person: { role: Role }): boolean {
  return person.role === "AGENT" || person.role === "ADMIN";
}

export function isAdmin(person: { role: Role }): boolean {
  return person.role === "ADMIN";
}

/** The roles of support, for the pages and actions only support may use. */
export const SUPPORT_ROLES: readonly Role[] = ROLES.filter((role) => isSupport({ role }));
