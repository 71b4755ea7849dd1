/**
 * `npm run check-summary -- validate=success build=failure …`: appends the
 * outcome of each check to the job summary ($GITHUB_STEP_SUMMARY), or prints
 * it when that is not set. The check workflow runs it last, whatever failed.
 */
import { appendFileSync } from 'node:fs';
import { formatCheckSummary } from '../src/lib/check-summary';

const markdown = formatCheckSummary(process.argv.slice(2));
const summary = process.env.GITHUB_STEP_SUMMARY;
if (summary) appendFileSync(summary, `${markdown}\n`);
process.stdout.write(markdown);
