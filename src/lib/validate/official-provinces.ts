import type { Unit } from '../domain/types';
import { inForce } from '../domain/units';
import { error, type Problem } from '../problems';

/**
 * The official provinces before and after the merger of 1 July 2025
 * (Resolution 202/2025/QH15; codes from Decision 19/2025/QĐ-TTg and the
 * statistical office's letter 915/CTK-CSCL): each of the 63 former provinces
 * with the province of the 34 it became part of. The same table, with its
 * sources, is tests/fixtures/reference/provinces-2025-merger.csv; a test keeps
 * the two equal.
 */
export const PROVINCES_2025: readonly (readonly [
  oldCode: string,
  oldName: string,
  newCode: string,
  newName: string,
])[] = [
  ['01', 'Thành phố Hà Nội', '01', 'Thành phố Hà Nội'],
  ['02', 'Tỉnh Hà Giang', '08', 'Tỉnh Tuyên Quang'],
  ['04', 'Tỉnh Cao Bằng', '04', 'Tỉnh Cao Bằng'],
  ['06', 'Tỉnh Bắc Kạn', '19', 'Tỉnh Thái Nguyên'],
  ['08', 'Tỉnh Tuyên Quang', '08', 'Tỉnh Tuyên Quang'],
  ['10', 'Tỉnh Lào Cai', '15', 'Tỉnh Lào Cai'],
  ['11', 'Tỉnh Điện Biên', '11', 'Tỉnh Điện Biên'],
  ['12', 'Tỉnh Lai Châu', '12', 'Tỉnh Lai Châu'],
  ['14', 'Tỉnh Sơn La', '14', 'Tỉnh Sơn La'],
  ['15', 'Tỉnh Yên Bái', '15', 'Tỉnh Lào Cai'],
  ['17', 'Tỉnh Hòa Bình', '25', 'Tỉnh Phú Thọ'],
  ['19', 'Tỉnh Thái Nguyên', '19', 'Tỉnh Thái Nguyên'],
  ['20', 'Tỉnh Lạng Sơn', '20', 'Tỉnh Lạng Sơn'],
  ['22', 'Tỉnh Quảng Ninh', '22', 'Tỉnh Quảng Ninh'],
  ['24', 'Tỉnh Bắc Giang', '24', 'Tỉnh Bắc Ninh'],
  ['25', 'Tỉnh Phú Thọ', '25', 'Tỉnh Phú Thọ'],
  ['26', 'Tỉnh Vĩnh Phúc', '25', 'Tỉnh Phú Thọ'],
  ['27', 'Tỉnh Bắc Ninh', '24', 'Tỉnh Bắc Ninh'],
  ['30', 'Tỉnh Hải Dương', '31', 'Thành phố Hải Phòng'],
  ['31', 'Thành phố Hải Phòng', '31', 'Thành phố Hải Phòng'],
  ['33', 'Tỉnh Hưng Yên', '33', 'Tỉnh Hưng Yên'],
  ['34', 'Tỉnh Thái Bình', '33', 'Tỉnh Hưng Yên'],
  ['35', 'Tỉnh Hà Nam', '37', 'Tỉnh Ninh Bình'],
  ['36', 'Tỉnh Nam Định', '37', 'Tỉnh Ninh Bình'],
  ['37', 'Tỉnh Ninh Bình', '37', 'Tỉnh Ninh Bình'],
  ['38', 'Tỉnh Thanh Hóa', '38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An', '40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh', '42', 'Tỉnh Hà Tĩnh'],
  ['44', 'Tỉnh Quảng Bình', '44', 'Tỉnh Quảng Trị'],
  ['45', 'Tỉnh Quảng Trị', '44', 'Tỉnh Quảng Trị'],
  ['46', 'Thành phố Huế', '46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng', '48', 'Thành phố Đà Nẵng'],
  ['49', 'Tỉnh Quảng Nam', '48', 'Thành phố Đà Nẵng'],
  ['51', 'Tỉnh Quảng Ngãi', '51', 'Tỉnh Quảng Ngãi'],
  ['52', 'Tỉnh Bình Định', '52', 'Tỉnh Gia Lai'],
  ['54', 'Tỉnh Phú Yên', '66', 'Tỉnh Đắk Lắk'],
  ['56', 'Tỉnh Khánh Hòa', '56', 'Tỉnh Khánh Hòa'],
  ['58', 'Tỉnh Ninh Thuận', '56', 'Tỉnh Khánh Hòa'],
  ['60', 'Tỉnh Bình Thuận', '68', 'Tỉnh Lâm Đồng'],
  ['62', 'Tỉnh Kon Tum', '51', 'Tỉnh Quảng Ngãi'],
  ['64', 'Tỉnh Gia Lai', '52', 'Tỉnh Gia Lai'],
  ['66', 'Tỉnh Đắk Lắk', '66', 'Tỉnh Đắk Lắk'],
  ['67', 'Tỉnh Đắk Nông', '68', 'Tỉnh Lâm Đồng'],
  ['68', 'Tỉnh Lâm Đồng', '68', 'Tỉnh Lâm Đồng'],
  ['70', 'Tỉnh Bình Phước', '75', 'Tỉnh Đồng Nai'],
  ['72', 'Tỉnh Tây Ninh', '80', 'Tỉnh Tây Ninh'],
  ['74', 'Tỉnh Bình Dương', '79', 'Thành phố Hồ Chí Minh'],
  ['75', 'Tỉnh Đồng Nai', '75', 'Tỉnh Đồng Nai'],
  ['77', 'Tỉnh Bà Rịa - Vũng Tàu', '79', 'Thành phố Hồ Chí Minh'],
  ['79', 'Thành phố Hồ Chí Minh', '79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tỉnh Long An', '80', 'Tỉnh Tây Ninh'],
  ['82', 'Tỉnh Tiền Giang', '82', 'Tỉnh Đồng Tháp'],
  ['83', 'Tỉnh Bến Tre', '86', 'Tỉnh Vĩnh Long'],
  ['84', 'Tỉnh Trà Vinh', '86', 'Tỉnh Vĩnh Long'],
  ['86', 'Tỉnh Vĩnh Long', '86', 'Tỉnh Vĩnh Long'],
  ['87', 'Tỉnh Đồng Tháp', '82', 'Tỉnh Đồng Tháp'],
  ['89', 'Tỉnh An Giang', '91', 'Tỉnh An Giang'],
  ['91', 'Tỉnh Kiên Giang', '91', 'Tỉnh An Giang'],
  ['92', 'Thành phố Cần Thơ', '92', 'Thành phố Cần Thơ'],
  ['93', 'Tỉnh Hậu Giang', '92', 'Thành phố Cần Thơ'],
  ['94', 'Tỉnh Sóc Trăng', '92', 'Thành phố Cần Thơ'],
  ['95', 'Tỉnh Bạc Liêu', '96', 'Tỉnh Cà Mau'],
  ['96', 'Tỉnh Cà Mau', '96', 'Tỉnh Cà Mau'],
];

/** The last day of the 63 provinces and the first of the 34. */
export const LAST_DAY_OF_63 = '2025-06-30';
export const FIRST_DAY_OF_34 = '2025-07-01';

const BEFORE = new Map(PROVINCES_2025.map(([code, name]) => [code, name]));
const AFTER = new Map(PROVINCES_2025.map(([, , code, name]) => [code, name]));

/** Each official list once: the day it was in force, its name in both languages, and code → name. */
const LISTS = [
  {
    day: LAST_DAY_OF_63,
    names: BEFORE,
    vi: 'danh sách 63 tỉnh, thành phố đến 30/06/2025',
    en: 'the list of 63 provinces until 30 June 2025',
  },
  {
    day: FIRST_DAY_OF_34,
    names: AFTER,
    vi: 'danh sách 34 tỉnh, thành phố từ 01/07/2025',
    en: 'the list of 34 provinces from 1 July 2025',
  },
];

/**
 * A province row in force on 30 June 2025 must be a province of the 63 with
 * its code and name, and one in force on 1 July 2025 a province of the 34: a
 * spreadsheet that dropped the leading zeros of every code (01 → 1) in every
 * file passes every other check, and would move six provinces to new page
 * addresses and off the maps. Rows in force on neither day are outside the
 * reference and not checked. `meant` holds the official codes such rows
 * stand for, so that the rows naming those codes elsewhere (results,
 * targets, offices' parents) are not reported again for the same cause.
 */
export function checkProvinces(units: readonly Unit[]): { problems: Problem[]; meant: Set<string> } {
  const problems: Problem[] = [];
  /** Official codes that a row evidently meant: its name is the official one of that code (01 written 1 or 0l). */
  const meant = new Set<string>();
  for (const u of units) {
    if (u.level !== 'province') continue;
    const list = LISTS.find((l) => inForce(u, l.day) && l.names.get(u.code) !== u.name);
    if (!list) continue;
    problems.push(provinceProblem(u, list));
    const code = officialCodeOf(u.name, list);
    if (code !== undefined && code !== u.code) meant.add(code);
  }
  return { problems, meant };
}

const officialCodeOf = (name: string, list: (typeof LISTS)[number]): string | undefined =>
  [...list.names].find(([, n]) => n === name)?.[0];

function provinceProblem(u: Unit, list: (typeof LISTS)[number]): Problem {
  const official = list.names.get(u.code);
  const place = (column: 'code' | 'name') => ({ file: u.file, line: u.line, column, value: u.raw[column] ?? '' });
  if (official !== undefined) {
    return error({
      code: 'province-reference',
      ...place('name'),
      vi: `Mã ${u.code} là ${official} trong ${list.vi}, không phải "${u.name}". Sửa tên (hoặc mã) cho khớp danh sách chính thức.`,
      en: `Code ${u.code} is ${official} in ${list.en}, not "${u.name}". Correct the name (or the code) to match the official list.`,
    });
  }
  const code = officialCodeOf(u.name, list);
  const zeros = code !== undefined && code.replace(/^0+/, '') === u.code;
  const excel = zeros
    ? {
        vi: ' Số 0 ở đầu mã đã mất: Excel đọc mã như một số khi mở tệp. Trong Excel chọn các cột mã, Format Cells → Text rồi gõ lại mã (hoặc nhập tệp bằng Data → From Text/CSV và chọn kiểu Text cho các cột mã), trong mọi tệp.',
        en: ' The leading zero was lost: Excel read the code as a number when it opened the file. In Excel select the code columns, Format Cells → Text and retype the codes (or import with Data → From Text/CSV and set the code columns to Text), in every file.',
      }
    : { vi: '', en: '' };
  return error({
    code: 'province-reference',
    ...place('code'),
    vi:
      code !== undefined
        ? `Mã tỉnh ${u.code} không có trong ${list.vi}; ${u.name} có mã ${code}.${excel.vi}`
        : `Mã tỉnh ${u.code} (${u.name}) không có trong ${list.vi}.`,
    en:
      code !== undefined
        ? `Province code ${u.code} is not in ${list.en}; ${u.name} has code ${code}.${excel.en}`
        : `Province code ${u.code} (${u.name}) is not in ${list.en}.`,
  });
}
