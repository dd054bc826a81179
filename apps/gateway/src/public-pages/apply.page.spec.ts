import { APPLY_CATALOGUES, PAGE_LANGUAGES, Translator, VOLUNTEER_CATALOGUES } from './catalogue';
import { renderApplyPage, renderThanksPage } from './apply.page';
import { renderVolunteerPage } from './volunteer.page';

const assets = { css: '/apply/assets/apply.x.css', js: '/apply/assets/apply.x.js' };
const page = (lang: (typeof PAGE_LANGUAGES)[number], extra: Partial<Parameters<typeof renderApplyPage>[0]> = {}) =>
  renderApplyPage({
    t: new Translator(APPLY_CATALOGUES[lang]),
    territories: ['paris', 'rennes'],
    assets,
    languages: [],
    action: `/apply/${lang}`,
    ...extra,
  });

describe('application page', () => {
  it.each(PAGE_LANGUAGES)(
    'When the page is rendered in %s, then it names its language and direction and carries the notice version',
    (lang) => {
      const out = page(lang);
      const c = APPLY_CATALOGUES[lang];
      expect(out).toContain(`<html lang="${lang}" dir="${c.dir}">`);
      expect(out).toContain(`<input type="hidden" name="noticeVersion" value="${c.noticeVersion}">`);
      expect(out).toContain(`<form method="post" action="/apply/${lang}"`);
      expect(out).not.toMatch(/<script>|style="/);
    },
  );

  it('When posted values come back, then they are escaped, never markup', () => {
    const out = page('fr', { values: { firstName: '"><script>alert(1)</script>', town: "O'Brien & co" } });
    expect(out).not.toContain('<script>alert(1)</script>');
    expect(out).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(out).toContain('value="O&#39;Brien &amp; co"');
  });

  it('When recruitment named fields, then each is marked on its field in the language, and summarised with the plural of Intl', () => {
    const out = page('ar', {
      problems: [
        { field: 'email', message: 'Invalid email' },
        { field: 'consentData', message: 'consent to data processing is required to apply' },
      ],
      values: { email: 'not-an-email' },
    });
    expect(out).toContain('<h2>إجابتان للتحقق منهما</h2>');
    expect(out).toContain('<p class="err" id="email-err">البريد الإلكتروني: اكتب عنواناً مثل name@example.org.</p>');
    expect(out).toContain('aria-invalid="true" aria-describedby="consentData-err"');
    expect(out).toContain('موافقتك: ضع علامة في هذا المربع لتقديم طلبك.');
    // A re-rendered form holds what was posted: the script must not replace it with an older draft.
    expect(out).not.toContain('data-restore');
  });

  it("When a partner's link brought the person, then the referral is recorded without asking", () => {
    const out = page('en', { partner: 'cirefe' });
    expect(out).toContain(
      '<input type="hidden" name="channel" value="partner_referral"><input type="hidden" name="referringPartnerId" value="cirefe">',
    );
    expect(out).not.toContain('name="channel" value="website"');
  });

  it('When the application is sent, then the thanks page gives the date in the language and clears the draft', () => {
    const out = renderThanksPage(new Translator(APPLY_CATALOGUES.uk), new Date('2026-12-01T10:00:00Z'), [], assets);
    expect(out).toContain('Ми отримали її 1 грудня 2026 р..');
    expect(out).toContain('data-clear-draft="1"');
  });

  it('When an employee opens the volunteer page, then it explains the commitment and offers a sign-up form, in French or English', () => {
    const out = renderVolunteerPage({
      t: new Translator(VOLUNTEER_CATALOGUES.en),
      territories: ['paris', 'rennes'],
      languages: [],
      assets,
      action: '/volunteer/en',
      applyHref: '/apply/en',
    });
    expect(out).toContain('<html lang="en" dir="ltr">');
    expect(out).toContain('at most 3.5 days');
    expect(out).toContain('<form method="post" action="/volunteer/en"');
    expect(out).toContain('<option value="rennes">Rennes</option>');
    expect(out).toContain('<input type="hidden" name="noticeVersion" value="2026-12">');
    expect(out).toContain('<a href="/apply/en">');
  });

  it('When the volunteer form comes back with problems, then each is on its field in the page language, with what was typed', () => {
    const out = renderVolunteerPage({
      t: new Translator(VOLUNTEER_CATALOGUES.fr),
      territories: ['rennes'],
      languages: [],
      assets,
      action: '/volunteer/fr',
      applyHref: '/apply/fr',
      values: { firstName: 'Léa', email: 'lea@', territoryId: 'rennes', availability: ['tue-pm'] },
      problems: [
        { field: 'email', message: 'Invalid email' },
        { field: 'consentData', message: 'consent to data processing is required to be called back' },
      ],
    });
    expect(out).toContain('2 réponses à corriger');
    expect(out).toContain('<p class="err" id="email-err">Adresse e-mail professionnelle : l&#39;adresse n&#39;est pas valide.</p>');
    expect(out).toContain('id="consentData-err"');
    expect(out).toContain('value="Léa"');
    expect(out).toContain('<option value="rennes" selected>Rennes</option>');
    expect(out).toMatch(/value="tue-pm" checked/);
  });
});
