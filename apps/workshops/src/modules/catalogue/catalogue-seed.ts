import { STANDARD_CATALOGUE } from './standard-catalogue';
import { workshopId, type Workshop } from './workshop.entity';
import type { WorkshopRepository } from './workshop.repository';

/**
 * Seeds the standard catalogue into each territory served, at start. Ids are derived from the
 * territory and the slug, so several instances starting at once insert each workshop once, and
 * a workshop staff edited is left as it is.
 */
export async function seedCatalogue(workshops: WorkshopRepository, territories: readonly string[], now = new Date()): Promise<void> {
  for (const territoryId of territories)
    for (const e of STANDARD_CATALOGUE) {
      const w: Workshop = {
        _id: workshopId(territoryId, e.slug),
        territoryId,
        slug: e.slug,
        title: e.title,
        objectives: e.objectives,
        needs: e.needs,
        competencies: e.competencies,
        durationMinutes: e.durationMinutes,
        format: e.format,
        language: e.language,
        offeredByPartners: [],
        invitesVolunteers: e.invitesVolunteers ?? false,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
      await workshops.insertIfAbsent(w);
    }
}
