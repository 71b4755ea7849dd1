/** The dataset's names in each language: dataset.json's English ones on English pages, the Vietnamese ones otherwise. */
import { describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../../src/lib/schemas/dataset';
import { datasetIn } from '../../../src/lib/views/layout';

const vi: DatasetInfo = {
  title: 'Kết quả thi hành án dân sự',
  publisher: 'Tổng cục',
  licence: 'CC BY 4.0',
  updated: '2026-01-15',
  sample: false,
  description: 'Mô tả.',
};

describe('datasetIn', () => {
  it('gives the English names on English pages when dataset.json has them', () => {
    const info = { ...vi, title_en: 'Results', publisher_en: 'Department', description_en: 'About.' };
    expect(datasetIn(info, 'en')).toEqual({ title: 'Results', publisher: 'Department', description: 'About.' });
    expect(datasetIn(info, 'vi')).toEqual({ title: vi.title, publisher: vi.publisher, description: vi.description });
  });

  it('falls back to the Vietnamese names, one by one, when an English one is missing', () => {
    expect(datasetIn({ ...vi, title_en: 'Results' }, 'en')).toEqual({
      title: 'Results',
      publisher: 'Tổng cục',
      description: 'Mô tả.',
    });
    expect(datasetIn(vi, 'en')).toEqual({ title: vi.title, publisher: vi.publisher, description: vi.description });
  });
});
