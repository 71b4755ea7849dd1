import { z } from 'zod';

/** data/dataset.json: what the dataset is and whether it is a sample. */
export const DatasetSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  licence: z.string().min(1),
  licence_url: z.url({ protocol: /^https?$/ }).optional(),
  /** ISO date of the last update; never taken from the clock, so builds stay reproducible. */
  updated: z.iso.date(),
  sample: z.boolean(),
  description: z.string().optional(),
  /** The title, publisher and description in English, for the English pages; without them those show the Vietnamese. */
  title_en: z.string().min(1).optional(),
  publisher_en: z.string().min(1).optional(),
  description_en: z.string().optional(),
});

export type DatasetInfo = z.output<typeof DatasetSchema>;
