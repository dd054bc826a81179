import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import { contactIdOf, type Contact, type PersonKind } from './contact.entity';
import { ContactSchema } from './contact.schema';

export class ContactRepository extends TenantRepository<Contact> {
  constructor(connection: Connection) {
    super(connection, 'Contact', ContactSchema);
  }

  /** Creates or replaces the person's contact (idempotent: the id is the person's). */
  async put(c: Omit<Contact, '_id' | 'createdAt' | 'updatedAt'>, now: Date): Promise<Contact> {
    const doc: Contact = { ...c, _id: contactIdOf(c.territoryId, c.personKind, c.personId), createdAt: now, updatedAt: now };
    if (!(await this.insertIfAbsent(doc)))
      await this.compareAndSet(
        territory(c.territoryId),
        doc._id,
        {},
        {
          $set: { email: c.email, firstName: c.firstName, language: c.language, updatedAt: now },
        },
      );
    return doc;
  }

  async of(territoryId: string, kind: PersonKind, personId: string): Promise<Contact | null> {
    return this.findById(territory(territoryId), contactIdOf(territoryId, kind, personId));
  }

  /** The referent ids a Konnecteur's verified email is linked to, in the territory. */
  async konnecteurIdsOf(territoryId: string, email: string): Promise<string[]> {
    return (await this.findMany(territory(territoryId), { personKind: 'konnecteur', email })).map((c) => c.personId);
  }

  async remove(territoryId: string, kind: PersonKind, personId: string): Promise<boolean> {
    const res = await this.model.deleteOne({ territoryId, _id: contactIdOf(territoryId, kind, personId) });
    return res.deletedCount === 1;
  }
}
