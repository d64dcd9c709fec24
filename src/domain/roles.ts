/**
 * Whose roles are whose. KLIK names KOMBIT's own people among a task's roles (e.g.
 * "KOMBIT-programleder" beside "KY-projektleder" on PL 12): they take part, but their hours are
 * KOMBIT's, not the municipality's, so they are kept out of the municipality's demand.
 */

/** A test that tells a role outside the municipality (KOMBIT's) from the municipality's own. */
export type ExternalRoleTest = (role: string) => boolean;

/**
 * KOMBIT's own roles, by KLIK's naming: the role starts with "KOMBIT" ("KOMBIT-programleder",
 * "KOMBIT programleder", "KOMBITs projektleder"), case aside. Roles that merely mention KOMBIT
 * later ("kontaktperson til KOMBIT") are the municipality's.
 */
export function isKombitRole(role: string): boolean {
  return /^kombit(?=$|[\s\-–'’s])/i.test(role.trim());
}

/** The municipality's roles among `roles` (KOMBIT's left out), in their order. */
export function municipalityRoles(roles: readonly string[], isExternal: ExternalRoleTest = isKombitRole): string[] {
  return roles.filter((r) => !isExternal(r));
}

/**
 * Whether a task is KOMBIT's work alone: it names recommended roles and every one is KOMBIT's.
 * Such a task asks no hours of the municipality (a task naming no role at all still does).
 */
export function isKombitOnlyTask(task: { recommendedRoles: readonly string[] }, isExternal: ExternalRoleTest = isKombitRole): boolean {
  return task.recommendedRoles.length > 0 && task.recommendedRoles.every((r) => isExternal(r));
}
