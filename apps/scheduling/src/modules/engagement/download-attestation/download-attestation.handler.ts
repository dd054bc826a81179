import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { EngagementDeps } from '../engagement.deps';
import { companyReach, companyVolunteers, employeeHours } from '../engagement-hours';
import { attestationPdf } from './attestation.pdf';

/** The employee's attestation (PDF), for their company's HR or the territory's staff. */
export async function downloadAttestation(
  d: EngagementDeps,
  principal: Principal,
  permission: Permission,
  companyId: string,
  volunteerId: string,
): Promise<Buffer> {
  const reach = companyReach(principal, permission, companyId);
  const v = (await companyVolunteers(d, reach, companyId)).find((x) => x.volunteerId === volunteerId);
  if (!v) throw notFound('Volunteer');
  const contact = await d.contacts.of(v.territoryId, 'volunteer', v.volunteerId);
  return attestationPdf(await employeeHours(d, v), contact?.firstName, d.now());
}
