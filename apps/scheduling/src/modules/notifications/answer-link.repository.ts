import { Schema, type Connection } from 'mongoose';
import { allTerritories, TenantRepository, tenantGuard } from '@binome/persistence';
import { LINK_DAYS, linkHashOf, newLinkToken, type AnswerLink } from './answer-link.entity';

const AnswerLinkSchema = new Schema<AnswerLink>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    purpose: { type: String, enum: ['attendance', 'rsvp'], required: true },
    meetingId: String,
    eventId: String,
    side: { type: String, enum: ['beneficiary', 'volunteer', 'konnecteur'], required: true },
    personId: { type: String, required: true },
    answer: { type: Boolean, required: true },
    expiresAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'answer_links', versionKey: false },
);
AnswerLinkSchema.plugin(tenantGuard);
// MongoDB drops expired links itself; the embedded engines ignore TTL indexes, and reads check expiresAt anyway.
AnswerLinkSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export class AnswerLinkRepository extends TenantRepository<AnswerLink> {
  constructor(connection: Connection) {
    super(connection, 'AnswerLink', AnswerLinkSchema);
  }

  /** A new link; the token is returned once, for the email, and never stored. */
  async issue(link: Omit<AnswerLink, '_id' | 'expiresAt' | 'createdAt'>, now: Date): Promise<string> {
    const token = newLinkToken();
    await this.insert({ ...link, _id: linkHashOf(token), createdAt: now, expiresAt: new Date(now.getTime() + LINK_DAYS * 86_400_000) });
    return token;
  }

  /** The token is the only credential of the public link: looked up across territories by its hash. */
  async byToken(token: string, now: Date): Promise<AnswerLink | null> {
    const link = await this.findOne(allTerritories, { _id: linkHashOf(token) });
    return link && link.expiresAt > now ? link : null;
  }

  async removeOf(territoryId: string, personId: string): Promise<void> {
    await this.model.deleteMany({ territoryId, personId });
  }
}
