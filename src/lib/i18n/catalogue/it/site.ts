import type { Catalogue } from '../en/index.ts';

export const assign: Catalogue['assign'] = {
	title: 'Crea un compito',
	intro:
		'Scelga moduli, quiz e simulazioni e invii a chi impara un solo link o codice QR. I risultati Le tornano come codici di completamento da incollare nel riepilogo dei risultati.',
};

export const cards: Catalogue['cards'] = {
	title: 'Schede per le simulazioni dal vivo',
	intro:
		'Le stampi per le simulazioni a coppie: una persona prende la scheda di chi chiama, l’altra quella dell’operatore, e nessuno legge quella dell’altro. Ogni scenario si stampa su una pagina; ritagli lungo il tratteggio.',
	print: 'Stampa le schede',
	caller: 'Scheda di chi chiama',
	agent: 'Scheda dell’operatore',
	goal: 'Che cosa vuole:',
	playAlone: 'Giochi questa chiamata sullo schermo',
	map: 'Mappa della chiamata: tutti gli sviluppi possibili e la chiamata migliore',
};

export const footer: Catalogue['footer'] = {
	privacy: 'Nessun account, nessun tracciamento: nulla di ciò che fa qui lascia il Suo dispositivo.',
	languages: 'Questo sito in altre lingue',
	more: 'Altro',
};

export const glossary: Catalogue['glossary'] = {
	title: 'Glossario',
	intro: 'Le parole del mestiere, in parole semplici.',
	source: 'Fonte',
};

export const home: Catalogue['home'] = {
	title: 'Both Ends: telefonate migliori, da entrambi i capi del filo',
	lead: 'Lezioni brevi ed esercizi per chiunque partecipi a una chiamata di assistenza: l’operatore che risponde, chi chiama per un aiuto, il formatore che prepara la squadra.',
	doors: 'Da dove vuole cominciare?',
	door: {
		agents: {
			title: 'Sono nuovo al telefono',
			text: 'Aprire bene una chiamata, usare l’attesa come si deve, farsi carico del problema.',
		},
		wellbeing: {
			title: 'Voglio proteggermi',
			text: 'Lasciarsi alle spalle una chiamata pesante e sapere dove finisce il lecito.',
		},
		callers: {
			title: 'Sto chiamando un’assistenza clienti',
			text: 'Farsi ascoltare in due minuti e sapere quanto può costare una chiamata.',
		},
		trainers: {
			title: 'Formo una squadra',
			text: 'Organizzare la prima settimana e condurre simulazioni a coppie.',
		},
	},
};

export const lang: Catalogue['lang'] = {
	label: 'Lingua',
	current: '(lingua attuale)',
};

export const module: Catalogue['module'] = {
	minutes: '{minutes} min',
	minutesLong: '{minutes} minuti di lettura',
	objectives: 'In questo modulo imparerà a',
	takeaways: 'Da ricordare',
	sources: 'Fonti',
	pager: 'Nello stesso percorso',
	prev: 'Precedente',
	next: 'Successivo',
	breadcrumb: 'Percorso di navigazione',
	practice: 'Si eserciti in una chiamata',
	quizQuestions: { one: '{count} domanda', other: '{count} domande' },
	dialogue: 'Esempio svolto',
	readAloud: 'Leggi ad alta voce',
	readStop: 'Interrompi la lettura',
	readNoVoice: 'Questo dispositivo non ha una voce italiana propria: segua la conversazione nella trascrizione qui sopra.',
	ruleIn: 'La regola: {country}',
	checkLabel: 'Verifica veloce (senza punteggio)',
	checkButton: 'Verifica la risposta',
	checkRight: 'Giusto. Legga il perché sotto ogni risposta.',
	checkPartly: 'In parte giusto. Legga le note sotto le risposte; questa domanda tornerà nel Suo ripasso.',
	checkWrong: 'Non proprio. Legga le note sotto le risposte, poi riprovi; questa domanda tornerà nel Suo ripasso.',
	checkChoose: 'Scelga prima una risposta.',
	checkEarlier: 'La Sua risposta precedente.',
	sayLabel: 'Lo dica meglio (senza punteggio; ciò che scrive non lascia questo dispositivo)',
	sayYours: 'La Sua versione',
	sayCompare: 'Confronta',
	sayEmpty: 'Scriva prima la Sua versione, poi confronti.',
	sayClean: 'Nessuna formula infelice nota nella Sua versione. La confronti con i modelli qui sotto.',
	sayFound: 'La Sua versione usa ancora {phrases}: veda le note qui sotto.',
	sayQuote: '«{text}»',
	sayModels: 'Due risposte modello',
	sayChecklist: 'La Sua versione…',
	sayRate: 'Come se la cava la Sua?',
	sayRateGood: 'Bene quanto i modelli',
	sayRateClose: 'Quasi',
	sayRateNotYet: 'Non ancora',
	toc: 'In questa pagina',
};

export const nav: Catalogue['nav'] = {
	label: 'Principale',
	agents: 'Operatori',
	wellbeing: 'Benessere',
	callers: 'Chi chiama',
	trainers: 'Formatori',
	practice: 'Esercitarsi',
	progress: 'I miei progressi',
	menu: 'Menu',
};

export const notFound: Catalogue['notFound'] = {
	title: 'Pagina non trovata',
	text: 'Questa pagina non esiste o è stata spostata. Riparta dalla pagina iniziale.',
	home: 'Vai alla pagina iniziale',
	tracks: 'Oppure parta da un percorso',
};

export const paths: Catalogue['paths'] = {
	title: 'Percorsi guidati',
	intro: 'Moduli, quiz e chiamate di prova in un ordine sensato, con il Suo avanzamento per ciascuno.',
	size: {
		one: '{count} tappa · circa {minutes} min',
		other: '{count} tappe · circa {minutes} min',
	},
	doneCount: '{done} su {total} fatti su questo dispositivo',
	done: 'Fatto',
	todo: 'Da fare',
};

export const practice: Catalogue['practice'] = {
	title: 'Chiamate di prova',
	intro:
		'Simulazioni di situazioni reali. Lei sceglie che cosa dire, l’altra persona reagisce e un resoconto mostra che cosa ha funzionato e che cosa sarebbe stato meglio. I risultati restano su questo dispositivo.',
	side: {
		agent: 'Lei è l’operatore',
		caller: 'Lei è chi chiama',
	},
	dimensions: 'Valutata su: {list}',
	best: 'Il Suo miglior risultato: {percent}',
	notPlayed: 'Non ancora giocata',
	teaches: 'Da leggere prima:',
	empty: 'Ancora nessuna chiamata di prova.',
};

export const review: Catalogue['review'] = {
	title: 'Riepilogo dei risultati',
	intro: 'Incolli i codici di completamento per vedere chi ha superato che cosa, poi esporti un CSV.',
};

export const root: Catalogue['root'] = {
	choose: 'Scelga la lingua',
};

export const search: Catalogue['search'] = {
	open: 'Cerca',
	shortcut: 'Ctrl K',
	label: 'Cerca nel sito',
	placeholder: 'Attesa, insulti, rimborso…',
	submit: 'Cerca',
	close: 'Chiudi la ricerca',
	loading: 'Caricamento della ricerca…',
	prompt: 'Scriva almeno due lettere.',
	empty: 'Nessun risultato per «{query}». Provi con una parola più breve o diversa.',
	count: {
		one: '{count} risultato per «{query}»',
		other: '{count} risultati per «{query}»',
	},
	more: 'Altri risultati',
	error: 'Non è stato possibile caricare la ricerca. Ricarichi la pagina, oppure sfogli i percorsi dal menu.',
	title: 'Ricerca',
	intro: 'Cerchi in tutti i moduli in italiano. Nulla viene inviato: tutto resta sul Suo dispositivo.',
	filterTrack: 'Percorso',
	filterType: 'Tipo',
	any: 'Tutti',
	noscript: 'La ricerca richiede JavaScript. Sfogli invece i percorsi dal menu.',
};

export const site: Catalogue['site'] = {
	name: 'Both Ends',
	tagline: 'La telefonata, insegnata dai due capi del filo.',
};

export const skip: Catalogue['skip'] = {
	link: 'Vai al contenuto',
};

export const sources: Catalogue['sources'] = {
	title: 'Fonti',
	intro:
		'Tutte le fonti citate dai moduli, dagli strumenti e dalla guida ai diritti, con la data dell’ultima verifica e le pagine che le citano. Le fonti solide sono leggi, autorità di regolazione e studi sottoposti a revisione; quando un modulo si basa su prove più deboli, lo dice.',
	citedBy: 'Citata in:',
	checked: '(verificata il {date})',
};

export const track: Catalogue['track'] = {
	agents: {
		title: 'Operatori: il galateo della chiamata',
		intro: 'Per chi risponde o chiama per lavoro. Ogni modulo si legge in pochi minuti.',
	},
	wellbeing: {
		title: 'Benessere degli operatori',
		intro: 'Le chiamate stancano in modi che i turni non mostrano. Che cosa aiuta, secondo la ricerca.',
	},
	callers: {
		title: 'Chi chiama: ottenere aiuto',
		intro: 'Per chiunque chiami un’assistenza clienti: prepararsi, farsi ascoltare, conoscere i propri diritti.',
	},
	trainers: {
		title: 'Formatori',
		intro: 'Piani, esercizi e schede per chi prepara una squadra al telefono.',
	},
	modules: 'Moduli',
	empty: 'Ancora nessun modulo in questo percorso.',
};

export const trainers: Catalogue['trainers'] = {
	tools: 'Strumenti per formatori',
};

export const type: Catalogue['type'] = {
	module: 'Modulo',
	roleplay: 'Simulazione',
	quiz: 'Quiz',
	page: 'Pagina',
	tool: 'Strumento',
	path: 'Percorso guidato',
};
