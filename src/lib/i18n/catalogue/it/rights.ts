import type { Catalogue } from '../en/index.ts';

/** La guida ai diritti (`/<lang>/rights/`) e le sue pagine per Paese. */
export const rights: Catalogue['rights'] = {
	title: 'I Suoi diritti quando chiama',
	intro:
		'Scelga un Paese e una domanda: la regola in parole semplici, che cosa fare e dire, a chi rivolgersi, la norma di riferimento e la data dell’ultima verifica.',
	disclaimer:
		'Informazioni generali, verificate alle date indicate; non è una consulenza legale. Le regole cambiano: fanno fede i link ufficiali.',
	countryLegend: 'Paese',
	topicLegend: 'La Sua domanda',
	show: 'Mostra la risposta',
	choose: 'Scelga un Paese e una domanda per vedere la risposta.',
	showing: 'Risposta mostrata: {country}, {topic}.',
	unknownLink: 'Questo link non indica un Paese e una domanda che conosciamo; li scelga qui sotto.',
	countriesHeading: 'Tutte le risposte per un Paese',
	countryTitle: 'I Suoi diritti quando chiama: {country}',
	countryIntro:
		'Sei domande che si pone chi chiama, con la risposta per questo Paese ({country}). Tutte le risposte si stampano in questa sola pagina.',
	allCountries: 'Altri Paesi',
	topics: {
		'stop-cold-calls': 'Non ricevere più chiamate commerciali',
		'call-cost': 'Quanto può costare una chiamata all’assistenza',
		complain: 'Reclamare e fare ricorso',
		'outage-compensation': 'Indennizzi per i disservizi',
		cancel: 'Disdire un contratto',
		'my-data': 'Ottenere la registrazione della chiamata o i miei dati',
	},
	rule: 'La regola',
	steps: 'Che cosa fare',
	deadline: 'Termine:',
	say: 'Che cosa dire o scrivere',
	contacts: 'A chi rivolgersi',
	legal: 'Le norme',
	regional: 'Dove cambia',
	sources: 'Fonti',
	checked: 'Verificato il {date}',
	sourceChecked: 'verificato il {date}',
	finderLink: 'Trovi i Suoi diritti per Paese',
};
