import { z } from 'astro/zod';
import { LocalizedText } from '../i18n/localized.ts';
import { tracks } from '../content/tracks.ts';

/** The six things a call is scored on. A scenario lists the ones it uses. */
export const dimensions = ['courtesy', 'empathy', 'ownership', 'efficiency', 'accuracy', 'boundaries'] as const;
export type Dimension = (typeof dimensions)[number];

/** Meters, 0–100: the caller's `mood` and `patience`, the agent's `stress`. */
export const meters = ['mood', 'patience', 'stress'] as const;
export type Meter = (typeof meters)[number];

/** How a call can end. */
export const endings = ['resolved', 'callback', 'escalated', 'caller-hung-up', 'ended-for-abuse'] as const;
export type Ending = (typeof endings)[number];

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens');

/** A bound on one meter: every given comparison must hold. */
const MeterBound = z.strictObject({
	/** Holds when the meter is below this value. */
	lt: z.number().optional(),
	/** Holds when the meter is at most this value. */
	lte: z.number().optional(),
	/** Holds when the meter is above this value. */
	gt: z.number().optional(),
	/** Holds when the meter is at least this value. */
	gte: z.number().optional(),
});

/** A fact the story remembers (`told-problem`, `spoke-dutch`): set by choices, tested by conditions. */
const Fact = Id;

/** A condition on the call so far: every given part must hold. */
export const ConditionSchema = z.strictObject({
	/** Bound on the caller's mood. */
	mood: MeterBound.optional(),
	/** Bound on the caller's patience. */
	patience: MeterBound.optional(),
	/** Bound on the agent's stress. */
	stress: MeterBound.optional(),
	/** `true`: only once the customer record was opened; `false`: only while it was not. */
	record: z.boolean().optional(),
	/** Every one of these facts has been set on this path. */
	has: z.array(Fact).min(1).optional(),
	/** None of these facts has been set on this path. */
	lacks: z.array(Fact).min(1).optional(),
	/** The persona being played (its `id`). */
	persona: Id.optional(),
	/** Bound on the simulated seconds of the current call, hold included (lets patience run out on a long hold). */
	seconds: MeterBound.optional(),
	/** Bound on the seconds the current call has spent on hold. */
	hold: MeterBound.optional(),
	/** Bound on the transfers made in the current call. */
	transfers: MeterBound.optional(),
});

/** What a choice changes besides the score. All optional; meters are clamped to 0–100. */
export const EffectsSchema = z.strictObject({
	/** Change to the caller's mood. */
	mood: z.number().min(-100).max(100).optional(),
	/** Change to the caller's patience. */
	patience: z.number().min(-100).max(100).optional(),
	/** Change to the agent's stress. */
	stress: z.number().min(-100).max(100).optional(),
	/** Simulated seconds this turn takes (talking, typing). */
	seconds: z.int().min(0).max(3600).optional(),
	/** Seconds the caller spends on hold during this turn (added to the call time too). */
	hold: z.int().min(0).max(3600).optional(),
});

/**
 * What the other person does on arriving at a node (e.g. the agent puts the learner-caller on
 * hold, or transfers them), so the debrief's figures match the story on both sides of the line.
 */
export const ArrivalSchema = EffectsSchema.extend({
	/** The other person transferred the call here. */
	transfer: z.boolean().optional(),
});

/** Something the learner can say or do at a turn. */
export const ChoiceSchema = z.strictObject({
	/** Unique within its node. */
	id: Id,
	/** What the learner says (or does), in each language. */
	say: LocalizedText,
	/** A visible call action: put on hold, transfer, open the customer record, end the call. */
	action: z.enum(['hold', 'transfer', 'record', 'end']).optional(),
	/** Points per dimension, positive or negative; only the scenario's dimensions. */
	score: z.partialRecord(z.enum(dimensions), z.number().min(-10).max(10)).default({}),
	/** Meter and time effects. */
	effects: EffectsSchema.default({}),
	/** Why this choice helps or hurts: shown after the choice in practice mode, in the debrief always. */
	feedback: LocalizedText,
	/** The node this choice leads to. */
	next: Id,
	/** Only offered when this holds. */
	when: ConditionSchema.optional(),
	/** Facts this choice makes true for the rest of the call (and shift), for lines and choices later on. */
	set: z.array(Fact).min(1).optional(),
	/** The module that teaches this reply (`<track>/<slug>`); wins over the node's in the debrief. */
	module: z
		.string()
		.regex(/^[a-z]+\/[a-z0-9-]+$/)
		.optional(),
});

/** A jump taken on arriving at a node, before it is shown, when its condition holds. */
export const BranchSchema = z.strictObject({
	/** When to take the jump. */
	when: ConditionSchema,
	/** Where to go instead. */
	next: Id,
	/**
	 * Why the jump happened, told in the debrief (e.g. "Mrs Peeters had waited over five minutes
	 * on hold"). Required when the jump tests a meter the learner cannot see.
	 */
	because: LocalizedText.optional(),
});

/** Another wording of a node's line, used when its condition holds: the other person reacts to what happened. */
export const VariantSchema = z.strictObject({
	/** When this wording is used; the first variant that holds wins, else the node's `line`. */
	when: ConditionSchema,
	/** What is said instead. */
	line: LocalizedText,
});

/** A new call starting at this node, in a shift of several calls: its caller and their meters. */
export const CallStartSchema = z.strictObject({
	/** The new caller's name, shown in the call header. */
	contact: LocalizedText,
	/** The new caller's mood, 0–100 (the agent's stress carries over from the last call). */
	mood: z.number().min(0).max(100),
	/** The new caller's patience, 0–100. */
	patience: z.number().min(0).max(100),
});

/** One turn of the call: someone speaks; then the learner chooses, or the call ends. */
export const NodeSchema = z.strictObject({
	/** Who says `line`: the caller, the agent, or a narrator (scene-setting between calls). */
	speaker: z.enum(['caller', 'agent', 'narrator']),
	/** The speaker's name when it differs from the scenario's `contact` (e.g. a new caller in a shift). */
	name: LocalizedText.optional(),
	/** What is said. */
	line: LocalizedText,
	/** Other wordings of `line` for other states of the call; the first that holds is said. */
	variants: z.array(VariantSchema).optional(),
	/** Jumps checked, in order, on arrival (e.g. patience ran out → the caller hangs up). */
	branch: z.array(BranchSchema).optional(),
	/** What the other person does on arrival: hold time, a transfer, meter changes. */
	effects: ArrivalSchema.optional(),
	/** Present when a new call of a shift starts here. */
	call: CallStartSchema.optional(),
	/** On an ending inside a shift: the node the shift goes on from (the next gap or caller). */
	then: Id.optional(),
	/** The learner's options; absent on an ending. */
	choices: z.array(ChoiceSchema).optional(),
	/** Present on an ending: how the call ended. */
	end: z.enum(endings).optional(),
	/** The module that teaches what this turn is about (`<track>/<slug>`), linked from the debrief. */
	module: z
		.string()
		.regex(/^[a-z]+\/[a-z0-9-]+$/)
		.optional(),
});

/** One field of the customer record panel. */
export const RecordFieldSchema = z.strictObject({
	/** Field name, e.g. "Plan". */
	label: LocalizedText,
	/** Field value, e.g. "Unlimited 100 GB". */
	value: LocalizedText,
});

/** A past contact in the customer record. */
export const HistoryEntrySchema = z.strictObject({
	/** When: YYYY-MM-DD. (Astro's YAML reader turns a bare date into a Date; both are accepted.) */
	date: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
	/** Why they called. */
	reason: LocalizedText,
	/** What happened. */
	outcome: LocalizedText,
});

/** One side's card for live role-play in pairs: what the person playing that side needs to know. */
export const RoleCardSchema = z.strictObject({
	/** Who you are and what happened, in the second person. */
	situation: LocalizedText,
	/** What you want from the call. */
	goal: LocalizedText,
	/** Short notes on how to play it. */
	play: z.array(LocalizedText).min(1).max(5),
});

/** A version of the other person the learner can meet: same story, another caller. */
export const PersonaSchema = z.strictObject({
	/** Unique within the scenario; conditions test it with `persona: <id>`. */
	id: Id,
	/** Who this is, in a few words, for the picker ("In a hurry", "Hard of hearing"). */
	label: LocalizedText,
	/** The other party's name for this persona. */
	contact: LocalizedText,
	/** Starting meters that differ from the scenario's. */
	meters: z.strictObject({ mood: z.number().min(0).max(100).optional(), patience: z.number().min(0).max(100).optional() }).default({}),
});

/**
 * A role-play: `src/content/scenarios/<id>.yaml`. Structure once, words per language:
 * the graph, scores and effects exist once, every string is `{ en, fr, it }`.
 */
export const ScenarioSchema = z.strictObject({
	/** Same as the file name. */
	id: Id,
	/** Which end of the line the learner plays. */
	side: z.enum(['agent', 'caller']),
	/** The track it belongs to. */
	track: z.enum(tracks),
	/** Typical minutes to play once. */
	minutes: z.int().min(1).max(30),
	/** Title. */
	title: LocalizedText,
	/** The situation, told to the learner before the call. */
	brief: LocalizedText,
	/** The other party's name shown in the call header (the caller, or the agent when the learner is the caller). */
	contact: LocalizedText,
	/** Meters at the start of the call, 0–100. */
	meters: z.strictObject({
		mood: z.number().min(0).max(100),
		patience: z.number().min(0).max(100),
		stress: z.number().min(0).max(100),
	}),
	/** The meters the learner sees during the call; the others work unseen and the debrief explains them. */
	shown: z.array(z.enum(meters)).optional(),
	/** Two or three versions of the other person; the learner picks one or gets one at random. */
	personas: z.array(PersonaSchema).min(2).max(3).optional(),
	/** The customer record the learner may open (agent side). */
	record: z
		.strictObject({
			/** Account fields. */
			fields: z.array(RecordFieldSchema).default([]),
			/** Earlier contacts, newest first. */
			history: z.array(HistoryEntrySchema).default([]),
		})
		.optional(),
	/** The dimensions this call is scored on. */
	dimensions: z.array(z.enum(dimensions)).min(1),
	/** Modules that teach this call (`<track>/<slug>`), linked from the debrief. */
	modules: z.array(z.string().regex(/^[a-z]+\/[a-z0-9-]+$/)).default([]),
	/** The scenario that plays the same story from the other end, if any. */
	mirror: Id.optional(),
	/** Printable cards for playing the scenario live, in pairs (one per side). */
	cards: z.strictObject({ caller: RoleCardSchema, agent: RoleCardSchema }).optional(),
	/** The first node. */
	start: Id,
	/** The call's turns, by id. */
	nodes: z.record(Id, NodeSchema),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = z.infer<typeof NodeSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
