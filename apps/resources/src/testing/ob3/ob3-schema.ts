import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import schema from './ob_v3p0_achievementcredential_schema.json';

/**
 * Validators of 1EdTech's official Open Badges 3.0 `AchievementCredential` JSON schema (draft
 * 2019-09, vendored byte for byte beside this file: see README.md), compiled by ajv, which is not
 * the code that builds our credentials: the whole credential, and the schema's own `Profile` and
 * `Achievement` definitions for the published issuer profile and achievements. `errors` name each
 * refused place (`instancePath`).
 */
export function ob3Validators() {
  // Strict, except for one rule: the file's `@context` is an open tuple (two fixed items, then
  // `additionalItems`), which ajv's strictTuples flags although it is valid 2019-09.
  const ajv = new Ajv2019({ allErrors: true, strict: true, strictTuples: false });
  addFormats(ajv);
  const credential = ajv.compile(schema);
  const definition = (name: string) => {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
    if (!validate) throw new Error(`the OB 3.0 schema has no ${name} definition`);
    return validate;
  };
  return { credential, profile: definition('Profile'), achievement: definition('Achievement') };
}
