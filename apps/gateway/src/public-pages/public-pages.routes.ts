import compression from 'compression';
import { parse as parseCookies } from 'cookie';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { isAppError } from '@binome/errors';
import type { Logger } from '@binome/logging';
import { rateLimit, type Limiter } from '../edge/rate-limit';
import {
  APPLY_CATALOGUES,
  PAGE_LANGUAGES,
  Translator,
  VOLUNTEER_CATALOGUES,
  VOLUNTEER_LANGUAGES,
  isPageLanguage,
  type PageLanguage,
} from './catalogue';
import { applicationBody, formFieldOf, formValuesOf, type FormValues } from './apply-form';
import { renderApplyPage, renderThanksPage, type FieldProblem } from './apply.page';
import { ASSETS_PATH, loadAssets } from './public-pages.assets';
import type { LanguageLink } from './page-layout';
import { renderVolunteerPage, renderVolunteerThanks, type VolunteerProblem } from './volunteer.page';
import { volunteerFieldOf, volunteerInterestBody, volunteerValuesOf, type VolunteerValues } from './volunteer-form';

/** The pages' own routes: HTML, not API operations (the OpenAPI coverage check leaves them out). */
export const PUBLIC_PAGE_PATHS = [
  '/apply',
  '/apply/:lang',
  '/apply/:lang/thanks',
  `${ASSETS_PATH}/:file`,
  '/volunteer',
  '/volunteer/:lang',
  '/volunteer/:lang/thanks',
];

export const LANGUAGE_COOKIE = 'binome_lang';
const PARTNER_ID = /^[a-z0-9-]{2,64}$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;

export interface PublicPagesOptions {
  territories: readonly string[];
  /** recruitment's base URL; its public `POST /v1/applications` receives the form. */
  recruitment?: URL;
  /** The limiter of the public JSON route, so the form and the API share one budget per client. */
  applications: Limiter;
  timeoutMs: number;
  logger: Logger;
}

interface Problem {
  status?: number;
  code?: string;
  errors?: { field?: unknown; message?: unknown }[];
}

/**
 * The refugees' application page (`/apply/<lang>`, eight languages) and the volunteers' page
 * (`/volunteer/<lang>`, French and English): server-rendered HTML that works without JavaScript.
 * The form is posted here, turned into recruitment's JSON body and sent on; recruitment's
 * problem+json comes back as the same form in the person's language, each problem on its field.
 */
export function publicPages(options: PublicPagesOptions): Router {
  const { urls: assets, byName } = loadAssets();
  const router = Router();
  router.use(['/apply', '/volunteer'], compression());

  const partnerOf = (req: Request) => {
    const p = typeof req.query.partner === 'string' ? req.query.partner : '';
    return PARTNER_ID.test(p) ? p : undefined;
  };
  const applyLinks = (partner?: string): LanguageLink[] =>
    PAGE_LANGUAGES.map((code) => ({
      code,
      name: APPLY_CATALOGUES[code].name,
      href: `/apply/${code}${partner ? `?partner=${partner}` : ''}`,
    }));
  const volunteerLinks: LanguageLink[] = VOLUNTEER_LANGUAGES.map((code) => ({
    code,
    name: VOLUNTEER_CATALOGUES[code].name,
    href: `/volunteer/${code}`,
  }));
  const remembered = (req: Request): string | undefined => parseCookies(req.headers.cookie ?? '')[LANGUAGE_COOKIE];
  const remember = (req: Request, res: Response, lang: string) =>
    res.cookie(LANGUAGE_COOKIE, lang, { maxAge: YEAR_MS, sameSite: 'lax', httpOnly: true, secure: req.secure, path: '/' });
  const sendHtml = (res: Response, status: number, body: string) => {
    res.status(status).type('html').setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Language', String(res.locals.lang ?? 'fr'));
    res.send(body);
  };

  /**
   * Posts a form's JSON body to recruitment's public route and says what came of it: created, a
   * duplicate, problems on named fields, or unavailable (unreachable, refused, 5xx).
   */
  type Sent =
    | { kind: 'created'; status: number }
    | { kind: 'duplicate'; status: number }
    | { kind: 'refused'; status: number; problems: { field: string; message: string }[] };
  const send = async (path: string, body: unknown, req: Request, what: string): Promise<Sent> => {
    if (!options.recruitment) return { kind: 'refused', status: 0, problems: [] };
    let answer: globalThis.Response;
    try {
      answer = await fetch(`${options.recruitment.href.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': String(req.id ?? ''), 'x-forwarded-for': req.ip ?? '' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (e) {
      options.logger.warn({ service: 'recruitment', error: (e as Error).name }, `${what}: recruitment unreachable`);
      return { kind: 'refused', status: 0, problems: [] };
    }
    if (answer.status === 201) {
      await answer.body?.cancel();
      return { kind: 'created', status: 201 };
    }
    const problem = (await answer.json().catch(() => ({}))) as Problem;
    if (answer.status === 409) return { kind: 'duplicate', status: 409 };
    const problems =
      answer.status === 400 || answer.status === 422
        ? (problem.errors ?? []).flatMap((e) =>
            typeof e.field === 'string' ? [{ field: e.field, message: typeof e.message === 'string' ? e.message : '' }] : [],
          )
        : [];
    if (!problems.length) options.logger.warn({ status: answer.status, code: problem.code }, `${what}: recruitment refused it`);
    return { kind: 'refused', status: answer.status, problems };
  };

  router.get(`${ASSETS_PATH}/:file`, (req, res, next) => {
    const asset = byName.get(String(req.params.file));
    if (!asset) return next();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(asset.body);
  });

  // The chosen language first, then the phone's languages, then French.
  router.get('/apply', (req, res) => {
    const cookie = remembered(req);
    const lang = isPageLanguage(cookie) ? cookie : req.acceptsLanguages(...PAGE_LANGUAGES) || 'fr';
    res.vary('Cookie').vary('Accept-Language');
    const partner = partnerOf(req);
    res.redirect(302, `/apply/${lang}${partner ? `?partner=${partner}` : ''}`);
  });

  const form = (lang: PageLanguage, req: Request, extra: { values?: FormValues; problems?: FieldProblem[]; notice?: string } = {}) => {
    // The form's action keeps the partner's `?partner=`, so a re-rendered form still records it.
    const partner = partnerOf(req);
    return renderApplyPage({
      t: new Translator(APPLY_CATALOGUES[lang]),
      territories: options.territories,
      assets,
      languages: applyLinks(partner),
      action: `/apply/${lang}${partner ? `?partner=${partner}` : ''}`,
      partner,
      ...extra,
    });
  };

  router.get('/apply/:lang', (req, res, next) => {
    const lang = req.params.lang;
    if (!isPageLanguage(lang)) return next();
    remember(req, res, lang);
    res.locals.lang = lang;
    sendHtml(res, 200, form(lang, req));
  });

  router.get('/apply/:lang/thanks', (req, res, next) => {
    const lang = req.params.lang;
    if (!isPageLanguage(lang)) return next();
    res.locals.lang = lang;
    sendHtml(res, 200, renderThanksPage(new Translator(APPLY_CATALOGUES[lang]), new Date(), applyLinks(), assets));
  });

  const limited = rateLimit(options.applications);
  router.post(
    '/apply/:lang',
    (req, _res, next) => next(isPageLanguage(req.params.lang) ? undefined : 'route'),
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 }),
    (req, res, next) => {
      res.locals.lang = req.params.lang;
      res.locals.values = formValuesOf(req.body);
      limited(req, res, next);
    },
    async (req, res) => {
      const lang = req.params.lang as PageLanguage;
      const t = new Translator(APPLY_CATALOGUES[lang]);
      const values = res.locals.values as FormValues;
      const again = (status: number, extra: { problems?: FieldProblem[]; notice?: string }) =>
        sendHtml(res, status, form(lang, req, { values, ...extra }));
      const answer = await send('/v1/applications', applicationBody(values), req, 'application form');
      if (answer.kind === 'created') return res.redirect(303, `/apply/${lang}/thanks`);
      if (answer.kind === 'duplicate') return again(409, { notice: t.t('errors.duplicate') });
      const problems: FieldProblem[] = [];
      for (const e of answer.problems) {
        const field = formFieldOf(e.field);
        if (field) problems.push({ field, message: e.message });
        // Field paths only: values never reach the logs.
        else options.logger.warn({ field: e.field }, 'application form: a problem on no field of the form');
      }
      if (problems.length) return again(400, { problems });
      return again(answer.status >= 500 || answer.status === 0 ? 503 : answer.status, { notice: t.t('errors.unavailable') });
    },
  );

  // Over the limit, the form comes back in the person's language with what they typed.
  router.use('/apply/:lang', (err: unknown, req: Request, res: Response, next: NextFunction) => {
    const lang = req.params.lang;
    if (!isPageLanguage(lang) || !isAppError(err) || err.code !== 'rate_limited') return next(err);
    const t = new Translator(APPLY_CATALOGUES[lang]);
    sendHtml(res, 429, form(lang, req, { values: res.locals.values as FormValues, notice: t.t('errors.rateLimited') }));
  });

  router.get('/volunteer', (req, res) => {
    const cookie = remembered(req);
    const lang = cookie === 'fr' || cookie === 'en' ? cookie : req.acceptsLanguages(...VOLUNTEER_LANGUAGES) || 'fr';
    res.vary('Cookie').vary('Accept-Language');
    res.redirect(302, `/volunteer/${lang}`);
  });

  const volunteerForm = (lang: 'fr' | 'en', extra: { values?: VolunteerValues; problems?: VolunteerProblem[]; notice?: string } = {}) =>
    renderVolunteerPage({
      t: new Translator(VOLUNTEER_CATALOGUES[lang]),
      territories: options.territories,
      languages: volunteerLinks,
      assets,
      action: `/volunteer/${lang}`,
      applyHref: `/apply/${lang}`,
      ...extra,
    });
  const isVolunteerLanguage = (lang: unknown): lang is 'fr' | 'en' => lang === 'fr' || lang === 'en';

  router.get('/volunteer/:lang', (req, res, next) => {
    const lang = req.params.lang;
    if (!isVolunteerLanguage(lang)) return next();
    remember(req, res, lang);
    res.locals.lang = lang;
    sendHtml(res, 200, volunteerForm(lang));
  });

  router.get('/volunteer/:lang/thanks', (req, res, next) => {
    const lang = req.params.lang;
    if (!isVolunteerLanguage(lang)) return next();
    res.locals.lang = lang;
    sendHtml(res, 200, renderVolunteerThanks(new Translator(VOLUNTEER_CATALOGUES[lang]), volunteerLinks, assets));
  });

  router.post(
    '/volunteer/:lang',
    (req, _res, next) => next(isVolunteerLanguage(req.params.lang) ? undefined : 'route'),
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 }),
    (req, res, next) => {
      res.locals.lang = req.params.lang;
      res.locals.values = volunteerValuesOf(req.body);
      limited(req, res, next);
    },
    async (req, res) => {
      const lang = req.params.lang as 'fr' | 'en';
      const t = new Translator(VOLUNTEER_CATALOGUES[lang]);
      const values = res.locals.values as VolunteerValues;
      const again = (status: number, extra: { problems?: VolunteerProblem[]; notice?: string }) =>
        sendHtml(res, status, volunteerForm(lang, { values, ...extra }));
      const answer = await send('/v1/volunteer-interests', volunteerInterestBody(values), req, 'volunteer form');
      if (answer.kind === 'created') return res.redirect(303, `/volunteer/${lang}/thanks`);
      if (answer.kind === 'duplicate') return again(409, { notice: t.t('errors.duplicate') });
      const problems: VolunteerProblem[] = [];
      for (const e of answer.problems) {
        const field = volunteerFieldOf(e.field);
        if (field) problems.push({ field, message: e.message });
        else options.logger.warn({ field: e.field }, 'volunteer form: a problem on no field of the form');
      }
      if (problems.length) return again(400, { problems });
      return again(answer.status >= 500 || answer.status === 0 ? 503 : answer.status, { notice: t.t('errors.unavailable') });
    },
  );

  router.use('/volunteer/:lang', (err: unknown, req: Request, res: Response, next: NextFunction) => {
    const lang = req.params.lang;
    if (!isVolunteerLanguage(lang) || !isAppError(err) || err.code !== 'rate_limited') return next(err);
    const t = new Translator(VOLUNTEER_CATALOGUES[lang]);
    sendHtml(res, 429, volunteerForm(lang, { values: res.locals.values as VolunteerValues, notice: t.t('errors.rateLimited') }));
  });

  return router;
}
