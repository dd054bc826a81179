import { ConfigError } from '@binome/config';
import { loadSchedulingConfig } from './scheduling.config';

describe("scheduling's configuration", () => {
  it('When nothing is set, then emails go to the local catcher and every territory keeps the programme’s figures', () => {
    const c = loadSchedulingConfig({});
    expect(c.scheduling.mail).toMatchObject({ smtpUrl: 'smtp://127.0.0.1:2525', publicBaseUrl: 'http://127.0.0.1:8080', maxAttempts: 10 });
    expect(c.scheduling.territories).toEqual({});
  });

  it('When a territory sets its figures, then they are read; a bad value or key stops start-up naming TERRITORY_POLICIES', () => {
    expect(
      loadSchedulingConfig({ TERRITORY_POLICIES: '{"tours":{"hoursPerDay":7.5,"firstMeetingWithinDays":10}}' }).scheduling.territories,
    ).toEqual({
      tours: { hoursPerDay: 7.5, firstMeetingWithinDays: 10 },
    });
    for (const bad of ['{', '{"tours":{"hoursPerDay":-1}}', '{"tours":{"capHours":3}}'])
      expect(() => loadSchedulingConfig({ TERRITORY_POLICIES: bad })).toThrow(ConfigError);
    expect(() => loadSchedulingConfig({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL/);
  });
});
