import type { Catalogue } from '../en/index.ts';

export const progress: Catalogue['progress'] = {
	title: 'I miei progressi',
	intro: 'Ciò che ha letto, praticato e superato, conservato solo in questo browser.',
	empty: 'Ancora niente. Legga un modulo, faccia un quiz o giochi una chiamata: comparirà qui.',
	continueTitle: 'Riprenda da dove era rimasto',
	continueNext: 'Prossimo: {title}',
	continueFromAssignment: 'Dal Suo compito «{title}»',
	continueFromPath: 'Prossima tappa del percorso guidato «{title}»',
	tracks: 'Per percorso',
	paths: 'Percorsi guidati',
	modulesRead: {
		one: '{count} modulo letto su {total}',
		other: '{count} moduli letti su {total}',
	},
	quizzes: 'Quiz',
	bestMode: {
		practice: 'in allenamento',
		assessment: 'in valutazione',
	},
	roleplays: 'Chiamate di prova',
	best: 'Migliore: {score}',
	passed: 'superato',
	notPassed: 'non ancora superato',
	quizBest: 'Migliore: {score}, {status}',
	dimensionScore: '{dimension}: {score}',
	assignments: 'Compiti del Suo formatore',
	noAssignments: 'Ancora nessun compito. Quando un formatore Le invia un link, compare qui.',
	openAssignment: 'Apri «{title}»',
	assignmentMeta: '{progress}, ricevuto il {date}',
	assignmentProgress: {
		one: '{count} su {total} completato',
		other: '{count} su {total} completati',
	},
	yourData: 'I Suoi dati',
	exportButton: 'Esporta i miei progressi',
	importLabel: 'Importa un file di progressi',
	importPreview: 'Questo file contiene {counts}. Importarlo sostituisce quanto c’è ora su questo dispositivo.',
	importCounts: {
		modules: {
			one: '{count} modulo letto',
			other: '{count} moduli letti',
		},
		quizzes: {
			one: '{count} quiz',
			other: '{count} quiz',
		},
		roleplays: {
			one: '{count} chiamata di prova',
			other: '{count} chiamate di prova',
		},
		assignments: {
			one: '{count} compito',
			other: '{count} compiti',
		},
	},
	importConfirm: 'Sostituisci i miei progressi',
	importCancel: 'Annulla',
	importDone: 'Progressi importati.',
	importBad: 'Questo file non è un file di progressi di Both Ends, oppure è danneggiato. Non è stato cambiato nulla.',
	deleteButton: 'Cancella tutto',
	deleteConfirm: 'Cancellare tutti i progressi da questo dispositivo? Non si può annullare. Li esporti prima, se potrebbero servirLe.',
	deleteDone: 'Tutto è stato cancellato da questo dispositivo.',
	recovered:
		'Non è stato possibile leggere i progressi salvati (forse erano danneggiati), quindi riparte da zero. È stata conservata una copia dei vecchi dati: la scarichi prima di eliminarla, e la invii ai responsabili del sito se vuole che la esaminino.',
	downloadBackup: 'Scarica i vecchi dati',
	discardBackup: 'Elimina i vecchi dati',
	memoryOnly:
		'Questo browser non consente al sito di salvare dati (navigazione privata o memoria piena). Tutto funziona, ma i progressi andranno persi alla chiusura della scheda. Li esporti per conservarli.',
	privacy: 'Tutto questo è salvato solo in questo browser. Nulla viene inviato.',
	markRead: 'Segna come letto',
	readOn: 'Letto ✓',
};
