import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/** The published Data Package v2 profile, vendored (see tests/fixtures/datapackage/README.md). */
const PROFILE = JSON.parse(
  readFileSync(new URL('../fixtures/datapackage/datapackage-2.0.schema.json', import.meta.url), 'utf8'),
);

/**
 * A validator of the Data Package v2 profile. The profile's own keywords
 * (propertyOrder, options, context) are annotations ajv does not know, hence
 * strict: false; formats (uri, date-time) need a plugin ajv leaves out, so the
 * tests check the addresses themselves.
 */
export function dataPackageValidator() {
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(PROFILE);
}
