import { describe, expect, it } from 'vitest';
import {
	ITEMS_PER_STEP,
	limitGroups,
	assignmentUrl,
	buildAssignment,
	filterItems,
	groupByTrack,
	hiddenSelected,
	isDay,
	isPassMark,
	pickedItems,
	toggleSelected,
	type BuilderForm,
} from '../../../src/lib/assignment/builder.ts';
import { decodeAssignment } from '../../../src/lib/assignment/link.ts';
import { qrCode } from '../../../src/lib/assignment/qr.ts';
import { MAX_ITEMS } from '../../../src/lib/assignment/schema.ts';

const landing = 'https://example.org/fr/assignment/';
const order = ['m:agents/first-ten-seconds', 'm:agents/hold-done-right', 'q:hold-done-right', 'r:cold-call'];
const form: BuilderForm = {
	title: '  Week one  ',
	due: '',
	passMark: 70,
	assessment: false,
	note: '',
	selected: ['r:cold-call', 'm:agents/hold-done-right'],
};
const options = { order, id: 'abc123def', landing };

/** The assignment a built link carries, read back as a learner's page would. */
const carried = (url: string) => {
	const decoded = decodeAssignment(new URL(url).hash);
	if (!decoded.ok) throw new Error(decoded.error);
	return decoded.assignment;
};

describe('buildAssignment', () => {
	it('makes a link to the landing page that carries the form, items in the course’s order, and its QR code', () => {
		const built = buildAssignment({ ...form, due: '2026-12-24', note: ' Read them in order. ' }, options);
		if (!built.ok) throw new Error(built.errors[0]?.kind);
		expect(built.url.startsWith(`${landing}#a=`)).toBe(true);
		expect(carried(built.url)).toEqual({
			v: 1,
			i: 'abc123def',
			t: 'Week one',
			d: '2026-12-24',
			p: 70,
			n: 'Read them in order.',
			x: ['m:agents/hold-done-right', 'r:cold-call'],
		});
		expect(built.qr).toEqual(qrCode(built.url));
	});

	it('leaves out an empty due date and note', () => {
		const built = buildAssignment({ ...form, note: '   ' }, options);
		expect(built.ok && Object.keys(built.assignment).sort()).toEqual(['i', 'p', 't', 'v', 'x']);
	});

	it('marks the assignment as requiring assessment mode only when asked', () => {
		const required = buildAssignment({ ...form, assessment: true }, options);
		expect(required.ok && carried(required.url).m).toBe(1);
		const free = buildAssignment(form, options);
		expect(free.ok && 'm' in carried(free.url)).toBe(false);
	});

	it('reports every problem at once, each at its field, in the form’s order', () => {
		const nothing = { title: '', due: '', dueUnreadable: true, passMark: null, assessment: false, note: '', selected: [] };
		expect(buildAssignment(nothing, options)).toEqual({
			ok: false,
			errors: [
				{ field: 'title', kind: 'need-title' },
				{ field: 'due', kind: 'bad-due' },
				{ field: 'passMark', kind: 'bad-pass-mark' },
				{ field: 'items', kind: 'need-items' },
			],
		});
		expect(buildAssignment({ ...form, title: '   ' }, options)).toEqual({ ok: false, errors: [{ field: 'title', kind: 'need-title' }] });
	});

	it('refuses a pass mark outside 0–100 or not whole, rather than changing it', () => {
		for (const passMark of [150, 101, -1, 65.5, null, undefined, Number.NaN]) {
			expect(buildAssignment({ ...form, passMark }, options)).toEqual({
				ok: false,
				errors: [{ field: 'passMark', kind: 'bad-pass-mark' }],
			});
		}
		for (const passMark of [0, 1, 65, 100]) {
			const built = buildAssignment({ ...form, passMark }, options);
			expect(built.ok && carried(built.url).p).toBe(passMark);
		}
	});

	it('refuses a due date that is not a day, or that the browser could not read', () => {
		// Days that do not exist, and days outside 2000–2100 that a link would not carry.
		for (const due of ['2026-02-31', '2026-13-01', '31/12/2026', '275760-01-01', '0000-01-01', '1999-12-31', '2101-01-01']) {
			expect(buildAssignment({ ...form, due }, options)).toEqual({ ok: false, errors: [{ field: 'due', kind: 'bad-due' }] });
		}
		expect(buildAssignment({ ...form, dueUnreadable: true }, options)).toEqual({ ok: false, errors: [{ field: 'due', kind: 'bad-due' }] });
		const leap = buildAssignment({ ...form, due: '2028-02-29' }, options);
		expect(leap.ok && carried(leap.url).d).toBe('2028-02-29');
		for (const due of ['2000-01-01', '2100-12-31']) {
			const edge = buildAssignment({ ...form, due }, options);
			expect(edge.ok && carried(edge.url).d).toBe(due);
		}
	});

	it('ignores ticked keys the catalogue does not have', () => {
		expect(buildAssignment({ ...form, selected: ['q:gone'] }, options)).toEqual({
			ok: false,
			errors: [{ field: 'items', kind: 'need-items' }],
		});
	});

	it('says how many items to drop when the link cannot fit a QR code, and dropping that many makes it fit', () => {
		const many = Array.from({ length: MAX_ITEMS + 5 }, (_, n) => `m:agents/a-module-with-a-long-name-${n}`);
		const long = { ...form, note: 'x'.repeat(280), selected: many };
		const built = buildAssignment(long, { ...options, order: many });
		const error = built.ok ? undefined : built.errors[0];
		if (error?.kind !== 'too-long') throw new Error('expected too-long');
		expect(error.field).toBe('items');
		const { drop } = error;
		expect(drop).toBeGreaterThan(5);
		expect(buildAssignment({ ...long, selected: many.slice(0, many.length - drop) }, { ...options, order: many }).ok).toBe(true);
		expect(buildAssignment({ ...long, selected: many.slice(0, many.length - drop + 1) }, { ...options, order: many }).ok).toBe(false);
	});
});

describe('isPassMark and isDay', () => {
	it('accept a whole percent from 0 to 100, and nothing else', () => {
		expect([0, 50, 100].every(isPassMark)).toBe(true);
		expect([-1, 101, 150, 0.5, Number.NaN, Infinity, null, undefined].some(isPassMark)).toBe(false);
	});

	it('accept days that exist, leap days included', () => {
		expect(['2026-12-24', '2028-02-29', '2026-01-31'].every(isDay)).toBe(true);
		expect(['2026-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '', 'tomorrow'].some(isDay)).toBe(false);
	});
});

describe('the builder’s list', () => {
	const items = [
		{ key: 'm:agents/a', title: 'Écoute active', track: 'agents' },
		{ key: 'm:callers/b', title: 'Before you call', track: 'callers' },
		{ key: 'q:c', title: 'Hold, done right', track: 'agents' },
	];
	const tracks = [{ id: 'agents' }, { id: 'wellbeing' }, { id: 'callers' }];

	it('filters by title, ignoring case, accents and surrounding spaces', () => {
		expect(filterItems(items, '  ECOUTE ').map((item) => item.key)).toEqual(['m:agents/a']);
		expect(filterItems(items, '')).toEqual(items);
		expect(filterItems(items, 'nothing like this')).toEqual([]);
	});

	it('groups by track in menu order and leaves out empty tracks', () => {
		expect(groupByTrack(items, tracks).map((group) => [group.track.id, group.items.map((item) => item.key)])).toEqual([
			['agents', ['m:agents/a', 'q:c']],
			['callers', ['m:callers/b']],
		]);
	});

	it('keeps what was ticked whatever the filter shows: the selection survives filtering', () => {
		// Filter for « colère », tick both; filter for « troisième », tick the one shown; clear the filter.
		const catalogue = [
			{ key: 'm:agents/angry-caller', title: 'Le client en colère', track: 'agents' },
			{ key: 'q:angry-caller', title: 'Le client en colère', track: 'agents' },
			{ key: 'r:third-time', title: 'Pour la troisième fois', track: 'agents' },
			{ key: 'm:agents/hold-done-right', title: 'L’attente bien faite', track: 'agents' },
		];
		let selected: string[] = [];
		for (const item of filterItems(catalogue, 'colere')) selected = toggleSelected(selected, item.key, true);
		const third = filterItems(catalogue, 'troisième');
		expect(third.map((item) => item.key)).toEqual(['r:third-time']);
		expect(hiddenSelected(selected, third)).toBe(2);
		selected = toggleSelected(selected, 'r:third-time', true);
		expect(hiddenSelected(selected, filterItems(catalogue, ''))).toBe(0);
		expect(selected).toHaveLength(3);
		const built = buildAssignment({ ...form, selected }, { ...options, order: catalogue.map((item) => item.key) });
		expect(built.ok && carried(built.url).x).toEqual(['m:agents/angry-caller', 'q:angry-caller', 'r:third-time']);
	});

	it('ticks and unticks one item at a time, never twice', () => {
		expect(toggleSelected(['a'], 'a', true)).toEqual(['a']);
		expect(toggleSelected(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleSelected(['a', 'b'], 'a', false)).toEqual(['b']);
		expect(toggleSelected(['b'], 'a', false)).toEqual(['b']);
	});

	it('lists the picked items in the catalogue’s order', () => {
		expect(pickedItems(items, ['q:c', 'm:agents/a']).map((item) => item.key)).toEqual(['m:agents/a', 'q:c']);
	});
});

describe('assignmentUrl', () => {
	it('puts the assignment after the #, where no server sees it', () => {
		const url = assignmentUrl(landing, { v: 1, i: 'abc123def', t: 'T', p: 80, x: ['q:c'] });
		expect(new URL(url).pathname).toBe('/fr/assignment/');
		expect(new URL(url).search).toBe('');
		expect(carried(url).t).toBe('T');
	});
});

describe('limitGroups', () => {
	const track = (id: string) => ({ id, name: id });
	const items = (count: number) => Array.from({ length: count }, (_, i) => `item-${i}`);

	it('shows the first step of each track and says how many more it has', () => {
		const [agents, callers] = limitGroups(
			[
				{ track: track('agents'), items: items(ITEMS_PER_STEP + 7) },
				{ track: track('callers'), items: items(3) },
			],
			{},
		);
		expect(agents!.items).toHaveLength(ITEMS_PER_STEP);
		expect(agents!.more).toBe(7);
		expect(callers).toEqual({ track: track('callers'), items: items(3), more: 0 });
	});

	it('shows as many as asked for a track, never more than it has', () => {
		const [agents] = limitGroups([{ track: track('agents'), items: items(ITEMS_PER_STEP + 7) }], { agents: 2 * ITEMS_PER_STEP });
		expect(agents!.items).toHaveLength(ITEMS_PER_STEP + 7);
		expect(agents!.more).toBe(0);
	});
});
