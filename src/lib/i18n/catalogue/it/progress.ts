import type { Catalogue } from '../en/index.ts';

export const progress: Catalogue['progress'] = {
	title: 'I miei progressi',
	intro: 'Ciò che ha letto, praticato e superato, conservato solo in questo browser.',
	empty: 'Ancora niente. Legga un modulo, faccia un quiz o giochi una chiamata: comparirà qui.',
	catalogueLoading: 'Caricamento dell’elenco del corso per mostrare i Suoi progressi…',
	catalogueFailed:
		'Non è stato possibile caricare l’elenco del corso, quindi i Suoi progressi per percorso non possono essere mostrati. Controlli la connessione e riprovi; i progressi salvati sono al sicuro.',
	catalogueRetry: 'Riprovi',
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
	downloadBackup: 'Scarica i vecchi dati',
	discardBackup: 'Elimina i vecchi dati',
	backupsTitle: 'Dati illeggibili messi da parte',
	backupsIntro:
		'I progressi salvati che non è stato possibile leggere sono conservati qui, dal più recente (al massimo tre copie): li scarichi se vuole che i responsabili del sito li esaminino, poi li elimini.',
	backupCopy: 'Copia di dati illeggibili messa da parte il {date}',
	backupCopyUndated: 'Copia di dati illeggibili messa da parte da una versione precedente del sito',
	backupInPlace:
		'Dati salvati illeggibili, troppo grandi per essere messi da parte — non viene salvato nulla di nuovo finché non li elimina',
	discardBackupConfirm: 'Eliminare questi dati dal dispositivo? Non si può annullare. Li scarichi prima, se potrebbero servirLe.',
	backupDiscarded: 'I vecchi dati sono stati eliminati.',
	storageNotice: {
		recovered:
			'Non è stato possibile leggere i progressi salvati (forse erano danneggiati): sono stati messi da parte e Lei riparte da zero.',
		recoveredLink: 'Scarichi i vecchi dati dalla pagina «I miei progressi»',
		blocked:
			'Non è stato possibile leggere i progressi salvati, e sono troppo grandi per essere messi da parte: non viene salvato nulla di nuovo su questo dispositivo finché non vengono eliminati.',
		blockedLink: 'Li scarichi e poi li elimini nella pagina «I miei progressi»',
		readOnly:
			'Questo browser rifiuta di salvare altri dati (la memoria potrebbe essere piena). I progressi precedenti sono ancora qui, ma quelli nuovi non vengono salvati: spariscono quando lascia questa pagina.',
		readOnlyLink: 'Esporti i Suoi progressi dalla pagina «I miei progressi» per conservarli',
		memoryOnly:
			'Questo browser non consente al sito di salvare dati (navigazione privata o memoria bloccata). Tutto funziona, ma i progressi spariscono quando lascia questa pagina. Per conservarli, consenta a questo sito di salvare dati, o esca dalla navigazione privata.',
	},
	privacy: 'Tutto questo è salvato solo in questo browser. Nulla viene inviato.',
	markRead: 'Segna come letto',
	readOn: 'Letto ✓',
};
