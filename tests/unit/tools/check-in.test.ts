import { describe, expect, it } from 'vitest';
import { CHECK_IN_LIMITS, checkRecord, emptyRecord, type CheckIn } from '../../../src/lib/progress/schema.ts';
import { MAX_STORED_CHARS, parseStored } from '../../../src/lib/progress/store.ts';
import {
	addCheckIn,
	checkInFrom,
	checkInsOf,
	deleteAllCheckIns,
	emptyDraft,
	exportCheckIns,
	exportFileName,
	newestFirst,
	weightWord,
	type CheckInDraft,
} from '../../../src/lib/tools/check-in.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { fill } from '../../../src/lib/i18n/format.ts';

const draft = (weight: number | null, good: [string, string, string] = ['', '', ''], note = ''): CheckInDraft => ({ weight, good, note });
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T18:00:00.000Z`;

describe('checkInFrom', () => {
	it('needs a weight from 1 to 5', () => {
		expect(checkInFrom(emptyDraft(), day(1))).toBeNull();
		expect(checkInFrom(draft(0), day(1))).toBeNull();
		expect(checkInFrom(draft(6), day(1))).toBeNull();
		expect(checkInFrom(draft(2.5), day(1))).toBeNull();
		expect(checkInFrom(draft(3), day(1))).toEqual({ date: day(1), weight: 3, good: ['', '', ''] });
	});

	it('trims text, cuts it to the stored bounds and leaves an empty note out', () => {
		const long = 'x'.repeat(CHECK_IN_LIMITS.good + 50);
		const entry = checkInFrom(draft(4, ['  a caller laughed ', long, ''], '   '), day(2))!;
		expect(entry.good[0]).toBe('a caller laughed');
		expect(entry.good[1]).toHaveLength(CHECK_IN_LIMITS.good);
		expect('note' in entry).toBe(false);
		expect(checkInFrom(draft(4, ['', '', ''], 'n'.repeat(5000)), day(2))!.note).toHaveLength(CHECK_IN_LIMITS.note);
	});
});

describe('addCheckIn', () => {
	it('appends to the record, which stays valid', () => {
		const first = addCheckIn(emptyRecord(), draft(2, ['coffee', '', '']), day(1));
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		const second = addCheckIn(first.record, draft(5, ['', '', ''], 'long day'), day(2));
		if (!second.ok) throw new Error(second.reason);
		expect(checkInsOf(second.record).map((c) => c.weight)).toEqual([2, 5]);
		expect(checkRecord(JSON.parse(JSON.stringify(second.record)))).toEqual(second.record);
	});

	it('refuses without a weight', () => {
		expect(addCheckIn(emptyRecord(), draft(null, ['a', 'b', 'c']), day(1))).toEqual({ ok: false, reason: 'no-weight' });
	});

	it('refuses the one past the limit instead of dropping an old one', () => {
		const full = {
			...emptyRecord(),
			checkIns: Array.from({ length: CHECK_IN_LIMITS.count }, (): CheckIn => ({ date: day(1), weight: 1, good: ['', '', ''] })),
		};
		expect(addCheckIn(full, draft(3), day(2))).toEqual({ ok: false, reason: 'full' });
		expect(full.checkIns).toHaveLength(CHECK_IN_LIMITS.count);
	});

	it('refuses when the record would grow past what the store reads back', () => {
		const record = {
			...emptyRecord(),
			checkIns: [{ date: day(1), weight: 1, good: ['', '', ''] as CheckIn['good'], note: 'x'.repeat(900) }],
		};
		const size = JSON.stringify(record).length;
		expect(addCheckIn(record, draft(2, ['', '', ''], 'y'.repeat(900)), day(2), size + 100)).toEqual({ ok: false, reason: 'too-large' });
		expect(addCheckIn(record, draft(2, ['', '', ''], 'y'.repeat(900)), day(2), size + 2000).ok).toBe(true);
	});

	it('with the default bound, a device full of maximal check-ins still reads back, with room for 50 maximal assignments', () => {
		const max: CheckIn = {
			date: day(1),
			weight: 5,
			good: ['g'.repeat(CHECK_IN_LIMITS.good), 'g'.repeat(CHECK_IN_LIMITS.good), 'g'.repeat(CHECK_IN_LIMITS.good)],
			note: 'n'.repeat(CHECK_IN_LIMITS.note),
		};
		let record = emptyRecord();
		let refused: string | undefined;
		for (let i = 0; i <= CHECK_IN_LIMITS.count && !refused; i++) {
			const result = addCheckIn(record, { weight: max.weight, good: [...max.good], note: max.note! }, day(1));
			if (result.ok) record = result.record;
			else refused = result.reason;
		}
		// The count limit comes first: a full device is never refused for size.
		expect(refused).toBe('full');
		expect(parseStored(JSON.stringify(record)).ok).toBe(true);
		const assignments =
			50 *
			JSON.stringify({ fragment: 'x'.repeat(4096), title: 'x'.repeat(80), received: day(1), items: Array(60).fill('m:' + 'x'.repeat(128)) })
				.length;
		expect(JSON.stringify(record).length + assignments).toBeLessThan(MAX_STORED_CHARS * 0.75);
	});
});

describe('listing, deleting and exporting', () => {
	const list: CheckIn[] = [
		{ date: day(3), weight: 2, good: ['a colleague helped', '', ''] },
		{ date: day(5), weight: 4, good: ['fixed a router', 'lunch outside', 'a thank-you'], note: 'first line\nsecond line' },
		{ date: day(4), weight: 1, good: ['', '', ''] },
	];

	it('lists newest first, the later saved first on the same date', () => {
		expect(newestFirst(list).map((c) => c.date)).toEqual([day(5), day(4), day(3)]);
		const same = [
			{ date: day(1), weight: 1, good: ['', '', ''] as CheckIn['good'] },
			{ date: day(1), weight: 2, good: ['', '', ''] as CheckIn['good'] },
		];
		expect(newestFirst(same).map((c) => c.weight)).toEqual([2, 1]);
		expect(list.map((c) => c.date)).toEqual([day(3), day(5), day(4)]);
	});

	it('deletes every check-in and nothing else, remembering when (so another tab cannot bring them back)', () => {
		const record = { ...emptyRecord(), modulesRead: { 'agents/hold-done-right': day(1) }, checkIns: list };
		const after = deleteAllCheckIns(record, day(9));
		expect(after.checkIns).toBeUndefined();
		expect(after.checkInsCleared).toBe(day(9));
		expect(after.modulesRead).toEqual(record.modulesRead);
		expect(checkInsOf(after)).toEqual([]);
	});

	it('exports readable text, newest first, in the learner’s language', () => {
		const s = catalogues.fr.tools.checkIn;
		const text = exportCheckIns(
			list,
			{
				title: s.exportTitle,
				privacy: s.exportPrivacy,
				weight: s.exportWeight,
				weightWords: s.weights,
				good: s.exportGood,
				note: s.exportNote,
			},
			(iso) => iso.slice(0, 10),
			day(6),
		);
		expect(text).toBe(
			[
				'Bilans de fin de service, exportés le 2026-11-06',
				s.exportPrivacy,
				'',
				'2026-11-05',
				fill(s.exportWeight, { weight: 4, word: s.weights[4] }),
				s.exportGood,
				'- fixed a router',
				'- lunch outside',
				'- a thank-you',
				fill(s.exportNote, { note: 'first line / second line' }),
				'',
				'2026-11-04',
				fill(s.exportWeight, { weight: 1, word: s.weights[1] }),
				'',
				'2026-11-03',
				fill(s.exportWeight, { weight: 2, word: s.weights[2] }),
				s.exportGood,
				'- a colleague helped',
				'',
			].join('\n'),
		);
		// French spacing comes from the catalogue: a no-break space before each colon.
		expect(text).toContain('Poids de la journée\u00a0: 4/5 (Lourde)');
	});

	it('names the file with the local date', () => {
		expect(exportFileName(new Date(2026, 0, 9, 23, 30))).toBe('shift-check-ins-2026-01-09.txt');
	});

	it('finds the weight word, or falls back to the number', () => {
		const words = { 1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e' };
		expect(weightWord(1, words)).toBe('a');
		expect(weightWord(5, words)).toBe('e');
		expect(weightWord(7, words)).toBe('7');
	});
});
