import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ROLES } from '@jenjang/auth';

// The people the development OpenID provider lets you sign in as: demo accounts of the seeded
// agency (services/portal/demo-people.json) or, in the tests, the people a spec made.

const personSchema = z.object({
  /** The account id (`sub`). */
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  /** What this person can try, shown on the sign-in page (Bahasa Indonesia and English). */
  about: z.object({ id: z.string(), en: z.string() }).optional(),
  agencyId: z.string().min(1).max(100),
  unitId: z.string().min(1).max(200).optional(),
  employeeId: z.string().min(1).max(100).optional(),
  roles: z.array(z.enum(ROLES)).min(1),
});

export type DemoPerson = z.infer<typeof personSchema>;

export const demoPeopleSchema = z.array(personSchema).min(1);

export function loadDemoPeople(file: string): DemoPerson[] {
  return demoPeopleSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The claims the provider puts in the ID token: the same names the services read. */
export function claimsOf(person: DemoPerson): { sub: string } & Record<string, unknown> {
  return {
    sub: person.id,
    name: person.name,
    agency: person.agencyId,
    roles: person.roles,
    ...(person.unitId ? { unit: person.unitId } : {}),
    ...(person.employeeId ? { employee_id: person.employeeId } : {}),
  };
}
