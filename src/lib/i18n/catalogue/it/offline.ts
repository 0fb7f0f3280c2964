import type { Catalogue } from '../en/index.ts';

export const offline: Catalogue['offline'] = {
	title: 'Usare offline',
	intro:
		'Tenga una lingua del sito su questo dispositivo: le pagine, la ricerca, i quiz, le telefonate di prova e gli strumenti funzionano anche senza rete — in treno, o in un call center con una connessione debole. I Suoi progressi restano salvati sul dispositivo, come sempre.',
	firstVisit:
		'La lingua della prima pagina che apre viene tenuta da sé, a meno che il browser non sia impostato per risparmiare dati. Qui può tenere un’altra lingua, o toglierne una.',
	install: 'Per aprire il sito come un’app, scelga «Installa» o «Aggiungi a schermata Home» nel menu del browser.',
	loading: 'Verifica di ciò che il dispositivo tiene…',
	unsupported:
		'Questo browser non può tenere il sito offline (navigazione privata, o versione troppo vecchia). Il sito funziona comunque quando è online.',
	languagesLabel: 'Lingue su questo dispositivo',
	size: '{size} da scaricare',
	kept: 'Tenuta su questo dispositivo ({size}).',
	notKept: 'Non tenuta su questo dispositivo.',
	copying: 'Copia in corso… {done} di {total}',
	keep: { en: 'Tenga l’inglese offline', fr: 'Tenga il francese offline', it: 'Tenga l’italiano offline' },
	forget: {
		en: 'Tolga l’inglese da questo dispositivo',
		fr: 'Tolga il francese da questo dispositivo',
		it: 'Tolga l’italiano da questo dispositivo',
	},
	failed: {
		network: 'La copia si è interrotta: la connessione è caduta o il sito non ha risposto. Riprovi quando è online.',
		'new-version': 'Il sito è stato aggiornato durante la copia. Ricarichi questa pagina, poi riprovi.',
		storage: 'Su questo dispositivo non c’è più spazio per la copia. Liberi spazio o tolga un’altra lingua, poi riprovi.',
	},
	offlineNow: 'È offline. Le pagine tenute su questo dispositivo funzionano comunque, e i Suoi progressi sono salvati.',
	offlineLink: 'Che cosa è tenuto',
	updateReady: 'È pronta una nuova versione del sito.',
	updateNow: 'Ricarichi per aggiornare',
};
