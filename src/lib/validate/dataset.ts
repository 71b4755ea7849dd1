import { error, type Problem } from '../problems';
import type { SourceFile } from '../read';
import { type DatasetInfo, DatasetSchema } from '../schemas/dataset';
import { checkJsonText } from './json-text';

/** dataset.json read against its schema; every field in error is a problem. */
export function parseDatasetInfo(src: SourceFile): { info?: DatasetInfo; problems: Problem[] } {
  if (src.problems?.length) return { problems: src.problems };
  // Hand-edited mistakes placed at their line and column, and a key written twice, before JSON.parse's own words.
  const syntax = checkJsonText(src.file, src.text);
  if (syntax.length > 0) return { problems: syntax };
  let json: unknown;
  try {
    json = JSON.parse(src.text);
  } catch (e) {
    return {
      problems: [
        error({
          code: 'json-syntax',
          file: src.file,
          vi: `Tệp không phải JSON hợp lệ: ${(e as Error).message}`,
          en: `The file is not valid JSON: ${(e as Error).message}`,
        }),
      ],
    };
  }
  const result = DatasetSchema.safeParse(json);
  if (result.success) return { info: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) =>
      error({
        code: 'dataset-field',
        file: src.file,
        column: issue.path.join('.') || '(root)',
        vi: `Trường "${issue.path.join('.') || '(gốc)'}" không hợp lệ (${issue.message}). Xem các trường bắt buộc trong data/README.md.`,
        en: `Field "${issue.path.join('.')}" is invalid: ${issue.message}.`,
      }),
    ),
  };
}
