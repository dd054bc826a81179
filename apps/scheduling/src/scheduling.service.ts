import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { CalendarFeedRepository } from './modules/calendar/calendar-feed.repository';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { readCalendarFeedRoutes } from './modules/calendar/read-calendar-feed/read-calendar-feed.routes';
import { healthRoutes } from './modules/health/health.routes';
import { getPairLedgerRoutes } from './modules/ledger/get-pair-ledger/get-pair-ledger.routes';
import { cancelFutureMeetings } from './modules/meetings/cancel-meeting/cancel-meeting.handler';
import { MeetingRepository } from './modules/meetings/meeting.repository';
import { meetingsRoutes } from './modules/meetings/meetings.routes';
import { pairEventsConsumer, PAIRS_GROUP } from './modules/pairs/pair-events.consumer';
import { PairScheduleRepository } from './modules/pairs/pair-schedule.repository';
import { RecruitmentClient } from './modules/pairs/recruitment.client';
import { schedulingGrpc } from './scheduling.grpc';

export interface SchedulingOptions {
  /** Consumer group on matching's topic; tests use their own. */
  pairsGroup?: string;
  /** Matching's topic; tests publish pair events to their own. */
  matchingTopic?: string;
  /** The clock the rules read (tests move it). */
  now?: () => Date;
}

/**
 * Composition root of the scheduling service. Pairs come from matching's events; a participant's
 * own person ids from recruitment over gRPC (`config.peers.recruitment`), with the caller's token.
 */
export function createSchedulingService(config: ServiceConfig, logger: Logger, options: SchedulingOptions = {}) {
  const recruitmentAddress = config.peers.recruitment;
  if (!recruitmentAddress) throw new Error('PEERS must name recruitment=host:port');
  let recruitment: RecruitmentClient | undefined;
  const host = createServiceHost(config, logger, (ctx) => {
    const pairs = new PairScheduleRepository(ctx.connection);
    const meetings = new MeetingRepository(ctx.connection);
    recruitment = new RecruitmentClient(recruitmentAddress);
    const feeds = new CalendarFeedRepository(ctx.connection);
    const deps = { pairs, meetings, feeds, recruitment, now: options.now ?? (() => new Date()) };
    return {
      topics: [TOPICS.scheduling],
      outbox: [meetings.collection, pairs.collection],
      routes: (r) => {
        meetingsRoutes(r, deps);
        healthRoutes(r, deps);
        getPairLedgerRoutes(r, deps);
        calendarRoutes(r, deps);
      },
      publicRoutes: (r) => readCalendarFeedRoutes(r, deps),
      grpc: [schedulingGrpc(deps, ctx.verifier, logger)],
      consumers: [
        pairEventsConsumer(
          pairs,
          (pair, at) => cancelFutureMeetings(deps, pair, at).then(() => undefined),
          options.pairsGroup ?? PAIRS_GROUP,
          options.matchingTopic,
        ),
      ],
    };
  });
  return {
    ...host,
    async stop() {
      await host.stop();
      recruitment?.close();
    },
  };
}
