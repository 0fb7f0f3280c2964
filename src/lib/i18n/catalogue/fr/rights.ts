import type { Catalogue } from '../en/index.ts';

/** Le guide des droits (`/<lang>/rights/`) et ses pages par pays. */
export const rights: Catalogue['rights'] = {
	title: 'Vos droits quand vous appelez',
	intro:
		'Choisissez un pays et une question : la règle en clair, ce qu’il faut faire et dire, qui contacter, le texte de loi, et la date de notre dernière vérification.',
	disclaimer:
		'Information générale, vérifiée aux dates indiquées ; ce n’est pas un conseil juridique. Les règles changent : les liens officiels font foi.',
	countryLegend: 'Pays',
	topicLegend: 'Votre question',
	show: 'Voir la réponse',
	choose: 'Choisissez un pays et une question pour voir la réponse.',
	showing: 'Réponse affichée : {country}, {topic}.',
	unknownLink: 'Ce lien ne correspond à aucun pays ni aucune question connus ; choisissez-les ci-dessous.',
	countriesHeading: 'Toutes les réponses pour un pays',
	countryTitle: 'Vos droits quand vous appelez : {country}',
	countryIntro:
		'Six questions que se pose un appelant, avec la réponse pour ce pays ({country}). Toutes les réponses s’impriment sur cette seule page.',
	allCountries: 'Autres pays',
	topics: {
		'stop-cold-calls': 'Ne plus recevoir d’appels commerciaux',
		'call-cost': 'Ce que peut coûter un appel au service client',
		complain: 'Réclamer et faire un recours',
		'outage-compensation': 'Être indemnisé après une panne',
		cancel: 'Résilier un contrat',
		'my-data': 'Obtenir l’enregistrement de mon appel ou mes données',
	},
	rule: 'La règle',
	steps: 'Que faire',
	deadline: 'Délai :',
	say: 'Que dire ou écrire',
	contacts: 'Qui contacter',
	legal: 'Les textes',
	regional: 'Ce qui change selon la région',
	sources: 'Sources',
	checked: 'Vérifié le {date}',
	sourceChecked: 'vérifié le {date}',
	finderLink: 'Trouver vos droits par pays',
};
