import { z } from 'astro/zod';
import { SourceSchema } from './module-schema.ts';

/**
 * Frontmatter of a tool page's prose: `src/content/tools/<lang>/<tool-id>.md`. The body is the
 * page's introduction in Markdown; every figure in it links to one of `sources`.
 */
export const ToolPageSchema = z.object({
	/** Page title and the tool's name in lists, in the file's language. */
	title: z.string().min(3).max(90),
	/** One sentence for the tools list and search results; at most 160 characters. */
	summary: z.string().min(10).max(160),
	/** At least one source, with the same shape as a module's. */
	sources: z.array(SourceSchema).min(1),
});

export type ToolPageData = z.infer<typeof ToolPageSchema>;
