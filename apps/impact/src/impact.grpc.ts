import { impactV1 } from '@binome/contracts';
import { can, territoryReach, type Principal, type TokenVerifier } from '@binome/auth';
import { forbidden, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { countApplicationsGrpc } from './modules/applications/count-applications/count-applications.grpc';
import { getIndicators } from './modules/indicators/get-indicators/get-indicators.handler';
import type { IndicatorsDeps } from './modules/indicators/indicators.deps';
import { SelectionQuery } from './modules/indicators/indicators.request';
import { DEFINITIONS } from './modules/outcomes/outcome-typology';
import { issueSurveyLinkGrpc } from './modules/surveys/issue-survey-link.grpc';
import { listNeeds } from './modules/surveys/list-needs/list-needs.handler';
import type { SurveyRepository } from './modules/surveys/survey.repository';

/** gRPC reads the same matrix cells as REST: indicators and surveys with a territory reach. */
function allowed(principal: Principal, resource: 'indicators' | 'surveys'): void {
  if (!territoryReach(principal, can(principal, resource, 'read'))) throw forbidden(`Not allowed to read the ${resource} of a territory`);
}

/** The gRPC service, assembled from the use cases that serve it. */
export function impactGrpc(d: IndicatorsDeps & { surveys: SurveyRepository }, verifier: TokenVerifier, logger: Logger) {
  const implementation: impactV1.ImpactServiceServer = {
    getApplicationCount: authenticatedUnary(verifier, logger, (req: impactV1.GetApplicationCountRequest, principal) =>
      countApplicationsGrpc(d, req, principal),
    ),
    getIndicators: authenticatedUnary(verifier, logger, async (req: impactV1.GetIndicatorsRequest, principal) => {
      allowed(principal, 'indicators');
      const parsed = SelectionQuery.safeParse({
        ...(req.territoryId ? { territoryId: req.territoryId } : {}),
        ...(req.promotionId ? { promotionId: req.promotionId } : {}),
        ...(req.from ? { from: req.from } : {}),
        ...(req.to ? { to: req.to } : {}),
      });
      if (!parsed.success) throw validationFailed(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
      const r = await getIndicators(d, principal, parsed.data);
      return {
        indicators: r.figures.map((f) => ({
          code: f.code,
          numerator: f.numerator ?? 0,
          denominator: f.denominator ?? 0,
          value: f.value ?? 0,
          hasValue: f.value !== undefined,
          lower: f.interval?.lower ?? 0,
          upper: f.interval?.upper ?? 0,
          responseRate: f.responseRate ?? 0,
          due: f.due ?? 0,
          published: f.published,
          definition: f.definition.en,
        })),
        pairsActive: r.pairs.active,
        pairsCompleted: r.pairs.completed,
        meetingsHeld: r.meetings.held,
        volunteerHours: r.volunteerHours.meetings,
        positiveExitDefinition: DEFINITIONS.programmePositiveExit.en,
      };
    }),
    listNeeds: authenticatedUnary(verifier, logger, async (req: impactV1.ListNeedsRequest, principal) => {
      allowed(principal, 'surveys');
      const missing = [
        ...(req.territoryId ? [] : [{ field: 'territory_id', message: 'required' }]),
        ...(req.promotionId ? [] : [{ field: 'promotion_id', message: 'required' }]),
      ];
      if (missing.length) throw validationFailed(missing);
      return { people: await listNeeds(d.surveys, principal, req.territoryId, req.promotionId) };
    }),
    issueSurveyLink: authenticatedUnary(verifier, logger, (req: impactV1.IssueSurveyLinkRequest, principal) =>
      issueSurveyLinkGrpc(d, req, principal),
    ),
  };
  return { definition: impactV1.ImpactServiceService, implementation };
}
