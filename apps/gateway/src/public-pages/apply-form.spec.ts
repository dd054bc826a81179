import { applicationBody, errorKindOf, formFieldOf, formValuesOf } from './apply-form';

describe('application form → recruitment body', () => {
  it('When the form is posted with every answer, then recruitment gets its JSON shape', () => {
    const values = formValuesOf({
      territoryId: 'rennes',
      firstName: ' Amal ',
      lastName: 'Haddad',
      email: 'amal@example.org',
      phone: '',
      town: 'Rennes',
      protectionStatus: 'refugee',
      protectionGrantedOn: '2025-03-01',
      mainLanguage: 'ar',
      frenchLevel: 'A2',
      targetSector: '',
      education: 'Licence',
      availability: ['mon-am', 'wed-pm'],
      housingStable: 'yes',
      resourcesStable: 'no',
      genderPreference: 'F',
      channel: 'website',
      consentData: 'yes',
      noticeVersion: '2026-12',
      injected: 'ignored',
    });
    expect(applicationBody(values)).toEqual({
      territoryId: 'rennes',
      firstName: 'Amal',
      lastName: 'Haddad',
      email: 'amal@example.org',
      phone: undefined,
      town: 'Rennes',
      protectionStatus: 'refugee',
      protectionGrantedOn: '2025-03-01',
      languages: [{ language: 'ar', level: 'native' }],
      frenchLevel: 'A2',
      targetSector: undefined,
      education: 'Licence',
      availability: ['mon-am', 'wed-pm'],
      housingStable: true,
      resourcesStable: false,
      genderPreference: 'F',
      channel: 'website',
      referringPartnerId: undefined,
      consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-12' },
    });
  });

  it('When the consent box is not ticked or the body is not a form, then consent is sent as not given', () => {
    expect(applicationBody(formValuesOf(undefined)).consent).toEqual({ dataProcessing: false, partnerSharing: false, noticeVersion: '' });
    expect(formValuesOf({ firstName: { $gt: '' }, availability: ['mon-am', 3] })).toEqual({ availability: ['mon-am'] });
  });

  it("When recruitment names a field in errors[].field, then the form's field is found", () => {
    expect(formFieldOf('body.firstName')).toBe('firstName');
    expect(formFieldOf('body.consent.dataProcessing')).toBe('consentData');
    expect(formFieldOf('body.consent.noticeVersion')).toBe('noticeVersion');
    expect(formFieldOf('body.languages.0.language')).toBe('mainLanguage');
    expect(formFieldOf('body.availability.1')).toBe('availability');
    expect(formFieldOf('body.experience.0.years')).toBeUndefined();
    expect(formFieldOf('headers.content-type')).toBeUndefined();
  });

  it('When a field is missing or wrong, then the message kind says which', () => {
    expect(errorKindOf('firstName', 'Required')).toBe('required');
    expect(errorKindOf('firstName', 'String must contain at least 1 character(s)')).toBe('invalid');
    expect(errorKindOf('email', 'Invalid email')).toBe('email');
    expect(errorKindOf('consentData', 'consent to data processing is required to apply')).toBe('consent');
  });
});
