import { z } from 'zod'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Validation of the "Article details" form; messages are shown to the user as they are. */
export const articleMetadataSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'The title cannot be empty.')
    .max(300, 'The title is too long (300 characters at most).'),
  source: z.string().trim().max(200, 'The source is too long (200 characters at most).'),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine(
      (u) => u === '' || /^https?:\/\/[^\s]+$/i.test(u),
      'The URL must start with http:// or https://.'
    ),
  byline: z.string().trim().max(300, 'The byline is too long (300 characters at most).'),
  publishedAt: z
    .string()
    .trim()
    .refine(
      (d) => d === '' || (isoDate.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
      'The publication date must be a real date (YYYY-MM-DD).'
    )
})
