import type { APIRoute, GetStaticPaths } from 'astro';
import { layoutCallMap } from '../../lib/roleplay/map.ts';
import { getScenarios } from '../../lib/roleplay/scenarios.ts';

/** One layout per scenario, without words: the debrief fetches it when a call ends. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await getScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(layoutCallMap(props.scenario)), { headers: { 'Content-Type': 'application/json' } });
