/**
 * What the search indexes (src/lib/views/search.ts) and the short addresses
 * (src/lib/routes.ts), on the small fixture (tests/fixtures/small/README.md).
 */
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { provinceShortSlug } from '../../../src/lib/urls';
import { foldMarks, searchRecords } from '../../../src/lib/views/search';
import { SMALL_DIR } from '../helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
if (!outcome.dataset) throw new Error('the small fixture must load');
const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
const records = searchRecords(data);
const recordOf = (url: string) => records.find((r) => r.url === url)!;

describe('foldMarks', () => {
  it('drops tone marks and writes đ as d, as readers type without them', () => {
    expect(foldMarks('Thành phố Đà Nẵng')).toBe('thanh pho da nang');
    expect(foldMarks('Chi cục THADS huyện Bến Lức')).toBe('chi cuc thads huyen ben luc');
    expect(foldMarks('Bà Rịa - Vũng Tàu')).toBe('ba ria - vung tau');
  });
});

describe('searchRecords', () => {
  it('has one record per unit that ever existed, each linking its page, provinces first', () => {
    expect(records).toHaveLength(11);
    expect(new Set(records.map((r) => r.url)).size).toBe(11);
    expect(records.slice(0, 4).every((r) => !r.meta.province)).toBe(true);
  });

  it('finds a province by its name with and without marks, its initials and its code', () => {
    const haNoi = recordOf('/tinh/ha-noi-01/');
    for (const word of ['Thành phố Hà Nội', 'thanh pho ha noi', 'Hà Nội', 'ha noi', ' hn', ' 01']) {
      expect(haNoi.content, word).toContain(word);
    }
    expect(haNoi.meta).toEqual({
      title: 'Thành phố Hà Nội',
      status: 'Hiện nay',
      order: '1',
      province: '',
      // The English A-Z page shows these instead, linking the English page.
      title_en: 'Thành phố Hà Nội',
      url_en: '/en/province/ha-noi-01/',
      status_en: 'In force',
    });
  });

  it('finds today’s unit by the names of the units it took over, and says what a former one became', () => {
    const bacNinh = recordOf('/tinh/bac-ninh-24/');
    expect(bacNinh.content).toContain('bac giang');
    expect(bacNinh.meta.status).toBe('Hiện nay; gồm cả Tỉnh Bắc Giang, Tỉnh Bắc Ninh');
    const bacGiang = recordOf('/tinh/bac-giang-24-den-2025-06-30/');
    expect(bacGiang.meta).toEqual({
      title: 'Tỉnh Bắc Giang (mã 24, đến 30/06/2025)',
      status: 'Trước đây; nay là Tỉnh Bắc Ninh',
      order: '3',
      province: '',
      title_en: 'Tỉnh Bắc Giang (code 24, until 30 June 2025)',
      url_en: '/en/province/bac-giang-24-den-2025-06-30/',
      status_en: 'Former; now Tỉnh Bắc Ninh',
    });
    const baDinh = recordOf('/tinh/ha-noi-01/quan-ba-dinh-01-01-den-2025-06-30/');
    expect(baDinh.content).toContain('quan ba dinh');
    expect(baDinh.meta).toMatchObject({ order: '4', province: 'Thành phố Hà Nội' });
    expect(recordOf('/tinh/ha-noi-01/khu-vuc-1-01-kv01/').meta).toMatchObject({ order: '2' });
  });
});

describe('provinceShortSlug', () => {
  it('is the page address of a province in force without its code', () => {
    const [haNoi] = data.dataset.registry.withCode('01');
    expect(provinceShortSlug(haNoi!)).toBe('ha-noi');
  });
});
