/** The four audiences the course is organised by, in menu order. */
export const tracks = ['agents', 'wellbeing', 'callers', 'trainers'] as const;

export type Track = (typeof tracks)[number];

export function isTrack(value: unknown): value is Track {
	return typeof value === 'string' && (tracks as readonly string[]).includes(value);
}
