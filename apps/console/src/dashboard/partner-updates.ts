export interface PartnerReferral {
  id: string;
  direction: string;
  status: string;
  person?: { firstName?: string; lastName?: string };
  history?: { status: string; at: string }[];
}

export interface StatusUpdate {
  referralId: string;
  name: string;
  direction: string;
  status: string;
  at: string;
}

/** Every status update of the referrals, newest first (a referral's creation is its first, `sent`). */
export function statusUpdates(referrals: PartnerReferral[], limit = 10): StatusUpdate[] {
  return referrals
    .flatMap((r) =>
      (r.history ?? []).map((h) => ({
        referralId: String(r.id),
        name: [r.person?.firstName, r.person?.lastName].filter(Boolean).join(' '),
        direction: r.direction,
        status: h.status,
        at: h.at,
      })),
    )
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}
