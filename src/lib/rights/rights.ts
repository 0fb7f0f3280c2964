import { getCollection } from 'astro:content';
import { inCountryOrder } from './finder.ts';

/** Every country's answers, in the finder's order (read once per build: Astro caches collections). */
export async function getRightsCountries() {
	return inCountryOrder(await getCollection('rights'));
}
