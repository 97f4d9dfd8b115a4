/**
 * "Gestor da organização": which organizations a requester may be marked manager of. Shared by
 * the user form (the choices it offers) and the service (what it accepts).
 *
 * The rule: their own organization; and, for a state's requester, also municipalities (each
 * marked on its own: a state's manager sees nothing of a municipality they were not marked for).
 * A municipality's IBGE code begins with its state's two digits, so when both codes are known
 * the municipality must be in that state. A municipality's requester manages only their own.
 */
export type ManagedCandidate = {
  id: string;
  name: string;
  kind: "MUNICIPALITY" | "STATE";
  ibgeCode: string | null;
};

export function mayManage(own: ManagedCandidate, target: ManagedCandidate): boolean {
  if (target.id === own.id) return true;
  if (own.kind !== "STATE" || target.kind !== "MUNICIPALITY") return false;
  return !own.ibgeCode || !target.ibgeCode || target.ibgeCode.startsWith(own.ibgeCode);
}

/** What a requester of `organizationId` may manage: their own organization first. */
export function managerChoices<O extends ManagedCandidate>(
  organizations: readonly O[],
  organizationId: string,
): O[] {
  const own = organizations.find((o) => o.id === organizationId);
  if (!own) return [];
  return [own, ...organizations.filter((o) => o.id !== own.id && mayManage(own, o))];
}
