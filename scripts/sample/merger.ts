/**
 * The 63 provinces in force until 30 June 2025 and the province of the 34 in
 * force from 1 July 2025 that each became part of, with the statistical
 * office's two-digit codes. Sources: Resolution 202/2025/QH15 (merger of
 * provinces, effective 1 July 2025); Decision 19/2025/QĐ-TTg and the
 * statistical office's letter 915/CTK-CSCL (codes). Kept here verbatim so
 * that the sample can be regenerated from the repository alone.
 */
const MERGER_CSV = `
01,Thành phố Hà Nội,01,Thành phố Hà Nội
02,Tỉnh Hà Giang,08,Tỉnh Tuyên Quang
04,Tỉnh Cao Bằng,04,Tỉnh Cao Bằng
06,Tỉnh Bắc Kạn,19,Tỉnh Thái Nguyên
08,Tỉnh Tuyên Quang,08,Tỉnh Tuyên Quang
10,Tỉnh Lào Cai,15,Tỉnh Lào Cai
11,Tỉnh Điện Biên,11,Tỉnh Điện Biên
12,Tỉnh Lai Châu,12,Tỉnh Lai Châu
14,Tỉnh Sơn La,14,Tỉnh Sơn La
15,Tỉnh Yên Bái,15,Tỉnh Lào Cai
17,Tỉnh Hòa Bình,25,Tỉnh Phú Thọ
19,Tỉnh Thái Nguyên,19,Tỉnh Thái Nguyên
20,Tỉnh Lạng Sơn,20,Tỉnh Lạng Sơn
22,Tỉnh Quảng Ninh,22,Tỉnh Quảng Ninh
24,Tỉnh Bắc Giang,24,Tỉnh Bắc Ninh
25,Tỉnh Phú Thọ,25,Tỉnh Phú Thọ
26,Tỉnh Vĩnh Phúc,25,Tỉnh Phú Thọ
27,Tỉnh Bắc Ninh,24,Tỉnh Bắc Ninh
30,Tỉnh Hải Dương,31,Thành phố Hải Phòng
31,Thành phố Hải Phòng,31,Thành phố Hải Phòng
33,Tỉnh Hưng Yên,33,Tỉnh Hưng Yên
34,Tỉnh Thái Bình,33,Tỉnh Hưng Yên
35,Tỉnh Hà Nam,37,Tỉnh Ninh Bình
36,Tỉnh Nam Định,37,Tỉnh Ninh Bình
37,Tỉnh Ninh Bình,37,Tỉnh Ninh Bình
38,Tỉnh Thanh Hóa,38,Tỉnh Thanh Hóa
40,Tỉnh Nghệ An,40,Tỉnh Nghệ An
42,Tỉnh Hà Tĩnh,42,Tỉnh Hà Tĩnh
44,Tỉnh Quảng Bình,44,Tỉnh Quảng Trị
45,Tỉnh Quảng Trị,44,Tỉnh Quảng Trị
46,Thành phố Huế,46,Thành phố Huế
48,Thành phố Đà Nẵng,48,Thành phố Đà Nẵng
49,Tỉnh Quảng Nam,48,Thành phố Đà Nẵng
51,Tỉnh Quảng Ngãi,51,Tỉnh Quảng Ngãi
52,Tỉnh Bình Định,52,Tỉnh Gia Lai
54,Tỉnh Phú Yên,66,Tỉnh Đắk Lắk
56,Tỉnh Khánh Hòa,56,Tỉnh Khánh Hòa
58,Tỉnh Ninh Thuận,56,Tỉnh Khánh Hòa
60,Tỉnh Bình Thuận,68,Tỉnh Lâm Đồng
62,Tỉnh Kon Tum,51,Tỉnh Quảng Ngãi
64,Tỉnh Gia Lai,52,Tỉnh Gia Lai
66,Tỉnh Đắk Lắk,66,Tỉnh Đắk Lắk
67,Tỉnh Đắk Nông,68,Tỉnh Lâm Đồng
68,Tỉnh Lâm Đồng,68,Tỉnh Lâm Đồng
70,Tỉnh Bình Phước,75,Tỉnh Đồng Nai
72,Tỉnh Tây Ninh,80,Tỉnh Tây Ninh
74,Tỉnh Bình Dương,79,Thành phố Hồ Chí Minh
75,Tỉnh Đồng Nai,75,Tỉnh Đồng Nai
77,Tỉnh Bà Rịa - Vũng Tàu,79,Thành phố Hồ Chí Minh
79,Thành phố Hồ Chí Minh,79,Thành phố Hồ Chí Minh
80,Tỉnh Long An,80,Tỉnh Tây Ninh
82,Tỉnh Tiền Giang,82,Tỉnh Đồng Tháp
83,Tỉnh Bến Tre,86,Tỉnh Vĩnh Long
84,Tỉnh Trà Vinh,86,Tỉnh Vĩnh Long
86,Tỉnh Vĩnh Long,86,Tỉnh Vĩnh Long
87,Tỉnh Đồng Tháp,82,Tỉnh Đồng Tháp
89,Tỉnh An Giang,91,Tỉnh An Giang
91,Tỉnh Kiên Giang,91,Tỉnh An Giang
92,Thành phố Cần Thơ,92,Thành phố Cần Thơ
93,Tỉnh Hậu Giang,92,Thành phố Cần Thơ
94,Tỉnh Sóc Trăng,92,Thành phố Cần Thơ
95,Tỉnh Bạc Liêu,96,Tỉnh Cà Mau
96,Tỉnh Cà Mau,96,Tỉnh Cà Mau`;

export interface MergerRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
}

/** The merger table in its published order (old province codes ascending). */
export const MERGER: readonly MergerRow[] = MERGER_CSV.trim()
  .split('\n')
  .map((line) => {
    const [oldCode, oldName, newCode, newName] = line.split(',');
    if (!oldCode || !oldName || !newCode || !newName) throw new Error(`Bad merger row: ${line}`);
    return { oldCode, oldName, newCode, newName };
  });

/** A province that was not merged: its only predecessor is itself, so it is one continuous unit. */
export const isContinuous = (code: string): boolean => {
  const predecessors = MERGER.filter((r) => r.newCode === code);
  return predecessors.length === 1 && predecessors[0]!.oldCode === code;
};
