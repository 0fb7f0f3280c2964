/** Review days and the streak: counted on the learner's own calendar, not UTC's. */

/** The learner's calendar day (YYYY-MM-DD) holding `date`, in the device's time zone. */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day before `day` (YYYY-MM-DD). */
function dayBefore(day: string): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/**
 * How many days in a row, up to today, the learner reviewed: a streak is still alive on a day
 * not yet reviewed (it counts up to yesterday), and broken by a whole day missed.
 */
export function reviewStreak(days: readonly string[] | undefined, today: string): number {
	const reviewed = new Set(days ?? []);
	let day = reviewed.has(today) ? today : dayBefore(today);
	let streak = 0;
	while (reviewed.has(day)) {
		streak++;
		day = dayBefore(day);
	}
	return streak;
}
