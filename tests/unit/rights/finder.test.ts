import { describe, expect, it } from 'vitest';
import { answerId, inCountryOrder, parseRightsFragment } from '../../../src/lib/rights/finder';
import { rightsCountries } from '../../../src/lib/rights/schema';

describe('parseRightsFragment', () => {
	it('reads a known country and question, with or without the #', () => {
		expect(parseRightsFragment('#italy-complain')).toEqual({ country: 'italy', topic: 'complain' });
		expect(parseRightsFragment('uk-stop-cold-calls')).toEqual({ country: 'uk', topic: 'stop-cold-calls' });
		expect(parseRightsFragment('#US-MY-DATA')).toEqual({ country: 'us', topic: 'my-data' });
	});

	it('gives nothing for anything else: unknown, partial, marked-up or overlong', () => {
		for (const fragment of [
			'',
			'#',
			'#italy',
			'#italy-',
			'#narnia-complain',
			'#italy-complainx',
			'#<b>italy-complain</b>',
			`#italy-complain${'x'.repeat(5000)}`,
		]) {
			expect(parseRightsFragment(fragment), fragment.slice(0, 40)).toBeUndefined();
		}
	});

	it('round-trips every answer id', () => {
		expect(parseRightsFragment(`#${answerId({ country: 'switzerland', topic: 'outage-compensation' })}`)).toEqual({
			country: 'switzerland',
			topic: 'outage-compensation',
		});
	});
});

describe('inCountryOrder', () => {
	it('orders entries as the finder offers them and names a missing file', () => {
		const entries = [...rightsCountries].reverse().map((id) => ({ data: { id } }));
		expect(inCountryOrder(entries).map((entry) => entry.data.id)).toEqual([...rightsCountries]);
		expect(() => inCountryOrder(entries.filter((entry) => entry.data.id !== 'france'))).toThrow(
			'src/content/rights/france.yaml is missing',
		);
	});
});
