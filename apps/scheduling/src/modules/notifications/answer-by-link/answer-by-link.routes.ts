import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { PromotionCalendarDeps } from '../../promotion-calendar/promotion-calendar.deps';
import type { AnswerLinkRepository } from '../answer-link.repository';
import { AnswerParams } from '../notifications.request';
import { answerByLink, answerPage } from './answer-by-link.handler';

export function answerByLinkRoutes(router: Router, d: PromotionCalendarDeps & { answerLinks: AnswerLinkRepository }): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/answers/:token',
      operationId: 'answerByLink',
      summary: 'Réponse en un clic depuis un e-mail (a eu lieu / n’a pas eu lieu, je viens / je ne viens pas)',
      summaryEn: 'One-tap answer from an email (took place / did not, coming / not coming)',
      tags: ['rappels'],
      access: 'public',
      request: { params: AnswerParams },
      responses: { 200: { description: 'Une page de confirmation / a confirmation page', contentType: 'text/html', schema: z.string() } },
    },
    async ({ params }) =>
      reply({
        status: 200,
        body: answerPage(await answerByLink(d, params.token)),
        contentType: 'text/html; charset=utf-8',
        headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
      }),
  );
}
