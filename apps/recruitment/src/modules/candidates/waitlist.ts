import type { Candidate } from './candidate.entity';

/** A place in a promotion's waitlist. */
export interface WaitlistEntry {
  candidateId: string;
  position: number;
  waitlistedAt: Date;
}

/**
 * First come, first served: by position, then by time (two staff waitlisting at the same instant
 * may draw the same position: there is no multi-document transaction to serialise them), then by
 * id so that the order is total and stable.
 */
export function orderWaitlist<E extends WaitlistEntry>(entries: readonly E[]): E[] {
  return [...entries].sort(
    (a, b) => a.position - b.position || a.waitlistedAt.getTime() - b.waitlistedAt.getTime() || a.candidateId.localeCompare(b.candidateId),
  );
}

/** The position a newcomer takes: after everyone currently waiting. */
export function nextPosition(entries: readonly WaitlistEntry[]): number {
  return entries.reduce((max, e) => Math.max(max, e.position), 0) + 1;
}

/** Who gets the next free seat, if anyone waits. */
export function headOf<E extends WaitlistEntry>(entries: readonly E[]): E | undefined {
  return orderWaitlist(entries)[0];
}

/** A waitlisted candidate's place (one without a recorded position goes last, by date). */
export const waitlistEntryOf = (c: Candidate): WaitlistEntry => ({
  candidateId: c._id,
  position: c.waitlistPosition ?? Number.MAX_SAFE_INTEGER,
  waitlistedAt: c.waitlistedAt ?? c.appliedAt,
});
