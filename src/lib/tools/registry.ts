/** The three tools, in the order the tools page lists them; each is a page `/[lang]/tools/<id>/`. */
export const toolIds = ['prep-sheet', 'reset', 'check-in'] as const;
export type ToolId = (typeof toolIds)[number];

/** The track each tool belongs to (search filter). */
export const toolTracks: Record<ToolId, 'callers' | 'wellbeing'> = {
	'prep-sheet': 'callers',
	reset: 'wellbeing',
	'check-in': 'wellbeing',
};
