import { languageOf, renderMail } from './mail-templates';

describe('the email templates, per territory and language', () => {
  it('When a person reads a language with templates, then theirs; otherwise the territory’s, then French', () => {
    expect(languageOf('en', 'fr')).toBe('en');
    expect(languageOf('ti', 'en')).toBe('en');
    expect(languageOf(undefined, undefined)).toBe('fr');
  });

  it('When a territory has its own wording, then it signs; another territory gets the programme’s signature', () => {
    const vars = { firstName: 'Claire', partnerFirstName: 'Amina', when: 'lundi 1 mars 2027 à 10:00', place: 'Visio' };
    expect(renderMail('rennes', 'fr', 'meeting-reminder', vars)).toEqual({
      subject: 'Rappel : rencontre binôme demain avec Amina',
      text: expect.stringContaining("L'équipe Binôme Rennes"),
    });
    expect(renderMail('lille', 'en', 'meeting-reminder', vars).text).toContain('The Binôme team');
  });

  it('When the question is asked, then both one-tap links are in the text', () => {
    const text = renderMail('paris', 'fr', 'attendance-question', {
      firstName: 'Claire',
      when: 'x',
      place: 'y',
      links: { yes: 'https://x/yes', no: 'https://x/no' },
    }).text;
    expect(text).toMatch(/Oui : https:\/\/x\/yes\nNon : https:\/\/x\/no/);
  });
});
