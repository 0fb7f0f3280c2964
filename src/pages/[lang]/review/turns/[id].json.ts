import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../../lib/i18n/locales.ts';
import type { Scenario } from '../../../../lib/roleplay/schema.ts';
import { getScenarios } from '../../../../lib/roleplay/scenarios.ts';
import { turnsOf } from '../../../../lib/review/turn-source.ts';

/** `/<lang>/review/turns/<scenario>.json`: a role-play's turns as review cards show them (`turnsOf`). */
export const getStaticPaths = (async () => {
	const scenarios = await getScenarios();
	return locales.flatMap((lang) => scenarios.map((scenario) => ({ params: { lang, id: scenario.id }, props: { scenario } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: Scenario }> = ({ params, props }) =>
	new Response(JSON.stringify(turnsOf(props.scenario, params.lang as Locale)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
