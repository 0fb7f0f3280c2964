import { describe, expect, it } from 'vitest';
import { findChoice, lineKind, moduleForNode } from '../../../src/lib/roleplay/view.ts';
import { mustLoad } from './load.ts';

const scenario = mustLoad('tests/unit/roleplay/fixtures/valid.yaml');

describe('lineKind', () => {
	it('narration is narration, whichever side the learner plays', () => {
		expect(lineKind('narrator', 'agent')).toBe('narrator');
		expect(lineKind('narrator', 'caller')).toBe('narrator');
	});

	it('a named line on the learner’s own side is a colleague, not the learner', () => {
		expect(lineKind('agent', 'agent', true)).toBe('other');
		expect(lineKind('caller', 'agent', true)).toBe('other');
	});

	it('the learner’s own side is “you”, the other side is the other person', () => {
		expect(lineKind('agent', 'agent')).toBe('you');
		expect(lineKind('caller', 'agent')).toBe('other');
		expect(lineKind('caller', 'caller')).toBe('you');
		expect(lineKind('agent', 'caller')).toBe('other');
	});
});

describe('findChoice', () => {
	it('finds a choice at its node, and nothing at another node or for an unknown id', () => {
		expect(findChoice(scenario, 'open', 'look')?.id).toBe('look');
		expect(findChoice(scenario, 'middle', 'look')).toBeUndefined();
		expect(findChoice(scenario, 'open', 'nope')).toBeUndefined();
		expect(findChoice(scenario, 'nowhere', 'look')).toBeUndefined();
	});
});

describe('moduleForNode', () => {
	it('prefers the node’s own module, else the scenario’s first', () => {
		expect(scenario.nodes.open?.module).toBeDefined();
		expect(moduleForNode(scenario, 'open')).toBe(scenario.nodes.open?.module);
		expect(scenario.nodes.middle?.module).toBeUndefined();
		expect(moduleForNode(scenario, 'middle')).toBe(scenario.modules[0]);
	});

	it('is undefined when neither the node nor the scenario links a module', () => {
		expect(moduleForNode({ ...scenario, modules: [] }, 'middle')).toBeUndefined();
	});
});
