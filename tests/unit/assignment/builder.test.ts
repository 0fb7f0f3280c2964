import { describe, expect, it } from 'vitest';
import {
	assignmentUrl,
	buildAssignment,
	DEFAULT_PASS_MARK,
	filterItems,
	groupByTrack,
	passMarkOf,
	pickedItems,
	type BuilderForm,
} from '../../../src/lib/assignment/builder.ts';
import { decodeAssignment } from '../../../src/lib/assignment/link.ts';
import { qrCode } from '../../../src/lib/assignment/qr.ts';
import { MAX_ITEMS } from '../../../src/lib/assignment/schema.ts';

const landing = 'https://example.org/fr/assignment/';
const order = ['m:agents/first-ten-seconds', 'm:agents/hold-done-right', 'q:hold-done-right', 'r:cold-call'];
const form: BuilderForm = { title: '  Week one  ', due: '', passMark: 70, note: '', selected: ['r:cold-call', 'm:agents/hold-done-right'] };
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
		if (!built.ok) throw new Error(built.error.kind);
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

	it('asks for items first, then for a title', () => {
		expect(buildAssignment({ ...form, title: '', selected: [] }, options)).toEqual({ ok: false, error: { kind: 'need-items' } });
		expect(buildAssignment({ ...form, title: '   ' }, options)).toEqual({ ok: false, error: { kind: 'need-title' } });
	});

	it('ignores ticked keys the catalogue does not have', () => {
		expect(buildAssignment({ ...form, selected: ['q:gone'] }, options)).toEqual({ ok: false, error: { kind: 'need-items' } });
	});

	it('says how many items to drop when the link cannot fit a QR code, and dropping that many makes it fit', () => {
		const many = Array.from({ length: MAX_ITEMS + 5 }, (_, n) => `m:agents/a-module-with-a-long-name-${n}`);
		const long = { ...form, note: 'x'.repeat(280), selected: many };
		const built = buildAssignment(long, { ...options, order: many });
		if (built.ok || built.error.kind !== 'too-long') throw new Error('expected too-long');
		const { drop } = built.error;
		expect(drop).toBeGreaterThan(5);
		expect(buildAssignment({ ...long, selected: many.slice(0, many.length - drop) }, { ...options, order: many }).ok).toBe(true);
		expect(buildAssignment({ ...long, selected: many.slice(0, many.length - drop + 1) }, { ...options, order: many }).ok).toBe(false);
	});
});

describe('passMarkOf', () => {
	it('keeps a whole percent from 1 to 100, and falls back to the default when empty', () => {
		expect([passMarkOf(65.4), passMarkOf(0.6), passMarkOf(250), passMarkOf(-5)]).toEqual([65, 1, 100, 1]);
		expect([passMarkOf(null), passMarkOf(undefined), passMarkOf(Number.NaN), passMarkOf(0)]).toEqual(Array(4).fill(DEFAULT_PASS_MARK));
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
