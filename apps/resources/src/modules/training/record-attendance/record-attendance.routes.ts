import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { completionView, CompletionViewSchema } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import { ModuleParams } from '../training.request';
import { recordAttendance } from './record-attendance.handler';
import { RecordAttendanceBody } from './record-attendance.request';

export function recordAttendanceRoutes(router: Router, d: TrainingDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/training-modules/:id/attendance',
      operationId: 'recordTrainingAttendance',
      summary: 'Enregistrer la présence d’une personne à la formation (valide le module)',
      summaryEn: "Record a person's attendance at the training (completes the module)",
      tags: ['formation'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: ModuleParams, body: RecordAttendanceBody },
      responses: {
        200: { description: 'La validation / the completion', schema: CompletionViewSchema },
        409: { description: 'Module validé par quiz / a quiz module' },
      },
    },
    async ({ params, body }, { principal }) => completionView(await recordAttendance(d, principal, params.id, body)),
  );
}
