import type { Connection } from 'mongoose';
import {
  allTerritories,
  scoped,
  TenantRepository,
  territory,
  type Filter,
  type Found,
  type Paging,
  type TenantScope,
} from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { Survey } from './survey.entity';
import { SurveySchema } from './survey.schema';

export class SurveyRepository extends TenantRepository<Survey> {
  constructor(connection: Connection) {
    super(connection, 'Survey', SurveySchema);
  }

  list(scope: TenantScope, filter: Filter<Survey>, paging: Paging, reach: Filter<Survey>): Promise<Found<Survey>> {
    return this.findPage(scope, filter, paging, reach);
  }

  ofPair(territoryId: string, pairId: string): Promise<Survey[]> {
    return this.findMany(territory(territoryId), { pairId });
  }

  ofPromotion(scope: TenantScope, promotionId: string, extra: Filter<Survey> = {}): Promise<Survey[]> {
    return this.findMany(scope, { $and: [{ promotionId }, extra] });
  }

  /** The survey a personal link opens: its token's digest is the key, whatever the territory. */
  byTokenHash(tokenHash: string): Promise<Survey | null> {
    return this.findOne(allTerritories, { 'link.tokenHash': tokenHash });
  }

  holding(territoryId: string, personId: string): Promise<Survey[]> {
    return this.findMany(territory(territoryId), { personId });
  }

  /** Answers once: only a survey still due takes answers (compare-and-set on its status). */
  answer(s: Survey, set: Partial<Survey>, events: OutboxEntry[]): Promise<boolean> {
    return this.compareAndSet(
      territory(s.territoryId),
      s._id,
      { status: 'due' },
      { $set: { ...set, status: 'answered', updatedAt: new Date() } },
      events,
    );
  }

  /** Surveys due on a day in [from, today], still unanswered and not reminded yet, in every territory (the reminder sweep). */
  dueForReminder(from: string, today: string, max: number): Promise<Survey[]> {
    // A sweep across territories, said so explicitly (allTerritories), a batch at a time.
    return this.model
      .find(scoped(allTerritories, { status: 'due', dueOn: { $gte: from, $lte: today }, remindedOn: { $exists: false } }))
      .sort({ dueOn: 1, _id: 1 })
      .limit(max)
      .lean<Survey[]>()
      .exec();
  }

  /** Marks the reminder and publishes it in the same write: one `SurveyDue` per survey, only while it is due. */
  markReminded(s: Survey, today: string, events: OutboxEntry[]): Promise<boolean> {
    return this.compareAndSet(
      territory(s.territoryId),
      s._id,
      { status: 'due', remindedOn: { $exists: false } },
      { $set: { remindedOn: today, updatedAt: new Date() } },
      events,
    );
  }

  /**
   * Surveys still unanswered whose wave closes within the week (due on a day in [from, to]),
   * reminded a first time on or before `remindedBy`, not reminded a last time yet.
   */
  dueForLastReminder(from: string, to: string, remindedBy: string, max: number): Promise<Survey[]> {
    return this.model
      .find(
        scoped(allTerritories, {
          status: 'due',
          dueOn: { $gte: from, $lte: to },
          remindedOn: { $lte: remindedBy },
          lastRemindedOn: { $exists: false },
        }),
      )
      .sort({ dueOn: 1, _id: 1 })
      .limit(max)
      .lean<Survey[]>()
      .exec();
  }

  /** The last reminder, as the first: marked and published in the same write, once per survey. */
  markLastReminded(s: Survey, today: string, events: OutboxEntry[]): Promise<boolean> {
    return this.compareAndSet(
      territory(s.territoryId),
      s._id,
      { status: 'due', lastRemindedOn: { $exists: false } },
      { $set: { lastRemindedOn: today, updatedAt: new Date() } },
      events,
    );
  }

  setLink(s: Survey, link: Survey['link']): Promise<boolean> {
    return this.compareAndSet(territory(s.territoryId), s._id, { status: 'due' }, { $set: { link, updatedAt: new Date() } });
  }

  setKonnecteur(territoryId: string, pairId: string, konnecteurId: string): Promise<void> {
    return this.ofPair(territoryId, pairId).then(async (all) => {
      for (const s of all) await this.compareAndSet(territory(territoryId), s._id, {}, { $set: { konnecteurId, updatedAt: new Date() } });
    });
  }

  /** A pair that ended: its waves due after the end are not asked any more. */
  async cancelAfter(territoryId: string, pairId: string, day: string): Promise<void> {
    for (const s of await this.ofPair(territoryId, pairId))
      if (s.status === 'due' && s.dueOn > day)
        await this.compareAndSet(
          territory(territoryId),
          s._id,
          { status: 'due' },
          { $set: { status: 'cancelled', updatedAt: new Date() }, $unset: { link: 1 } },
        );
  }

  /** Erasure: the person's id becomes their erased key, free text and the link go; coded answers stay for the counts. */
  async erase(s: Survey, key: string): Promise<void> {
    await this.compareAndSet(
      territory(s.territoryId),
      s._id,
      {},
      { $set: { personId: key, updatedAt: new Date() }, $unset: { textAnswers: 1, link: 1 } },
    );
  }
}
