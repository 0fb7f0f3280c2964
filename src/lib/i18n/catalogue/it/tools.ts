import type { Catalogue } from '../en/index.ts';

export const tools: Catalogue['tools'] = {
	"indexTitle": "Strumenti di tutti i giorni",
	"indexIntro": "Tre piccoli strumenti: uno per ciascun capo del filo e uno per la fine del turno. Tutto quello che scrive resta su questo dispositivo.",
	"noScript": "Questo strumento funziona nel browser e ha bisogno di JavaScript. Lo attivi per usarlo; nulla viene inviato altrove.",
	"prepSheet": {
		"formTitle": "I Suoi appunti",
		"privacy": "Salvato in questo browser mentre scrive. Nulla lascia questo dispositivo.",
		"labels": {
			"company": "Azienda",
			"account": "Numero cliente o di contratto",
			"problem": "Il problema, in due frasi",
			"tried": "Che cosa ho già provato",
			"want": "Che cosa chiedo con questa chiamata",
			"callback": "Orario migliore per richiamarmi"
		},
		"hints": {
			"company": "Chi sta chiamando, e il numero che comporrà.",
			"account": "Come compare su una bolletta o una lettera.",
			"problem": "Che cosa non va, e da quando.",
			"tried": "Tentativi, chiamate precedenti e i loro numeri di riferimento.",
			"want": "Una riparazione, un rimborso, una richiamata, una risposta scritta…",
			"callback": "Per esempio: nei giorni feriali dopo le 17."
		},
		"saved": "Salvato su questo dispositivo.",
		"notSaved": "Questo browser non conserva i dati: stampi la scheda prima di chiudere la pagina.",
		"sheetTitle": "Scheda per preparare la chiamata",
		"sheetPreview": "La Sua scheda, come verrà stampata",
		"updated": "Modificata il {date}",
		"notFilled": "non compilato",
		"logTitle": "Registro delle chiamate",
		"logHint": "Da compilare a mano durante ogni chiamata.",
		"logColumns": {
			"date": "Data",
			"agent": "Nome dell’operatore",
			"reference": "Numero di riferimento",
			"promised": "Che cosa è stato promesso"
		},
		"print": "Stampa la scheda",
		"clear": "Svuota la scheda",
		"clearConfirm": "Svuotare tutti i campi e dimenticare la scheda salvata? Non si può annullare.",
		"clearYes": "Sì, svuotala",
		"cancel": "Annulla",
		"cleared": "La scheda è stata svuotata."
	},
	"reset": {
		"patternLegend": "Scelga come respirare",
		"patterns": {
			"sighing": {
				"name": "Sospiro ciclico",
				"how": "Inspiri dal naso, poi aggiunga una seconda breve inspirazione; espiri lentamente dalla bocca."
			},
			"box": {
				"name": "Respirazione quadrata",
				"how": "Inspiri contando fino a 4, trattenga per 4, espiri per 4, trattenga per 4."
			}
		},
		"safety": "Respiri con delicatezza. Se Le gira la testa, si fermi e respiri normalmente.",
		"start": "Inizia",
		"stop": "Ferma",
		"startAgain": "Ricomincia",
		"secondsLeft": "Secondi rimanenti: {seconds}",
		"phases": {
			"in": "Inspiri",
			"top-up": "Inspiri ancora un poco",
			"hold": "Trattenga",
			"out": "Espiri lentamente"
		},
		"ready": "Quando vuole.",
		"stopped": "Fermato.",
		"done": "Fatto. Porti questa calma nella prossima chiamata."
	},
	"checkIn": {
		"privacy": "Privato: i Suoi bilanci restano in questo browser, su questo dispositivo. Nulla viene inviato, né a noi né al Suo datore di lavoro.",
		"memoryOnly": "Questo browser non conserva i dati: i Suoi bilanci spariranno quando chiude la scheda. Li esporti per conservarli.",
		"formTitle": "Oggi",
		"weightLegend": "Quanto è pesata la giornata?",
		"weightOption": "{weight} — {word}",
		"weights": {
			"1": "Leggera",
			"2": "Abbastanza leggera",
			"3": "Così così",
			"4": "Pesante",
			"5": "Molto pesante"
		},
		"goodLegend": "Tre cose belle",
		"goodHint": "Contano anche le piccole.",
		"goodLabel": "Cosa bella {n}",
		"note": "Altro? (facoltativo)",
		"save": "Salva il bilancio",
		"saved": {
			"one": "Bilancio salvato. {count} bilancio su questo dispositivo.",
			"other": "Bilancio salvato. {count} bilanci su questo dispositivo."
		},
		"noWeight": "Indichi quanto è pesata la giornata, poi salvi.",
		"full": "Questo dispositivo conserva al massimo {max} bilanci. Li esporti, poi li cancelli tutti per iniziare un nuovo elenco.",
		"tooLarge": "Lo spazio di archiviazione di questo dispositivo è pieno. Esporti i Suoi bilanci, poi li cancelli tutti per iniziare un nuovo elenco.",
		"listTitle": "Bilanci precedenti",
		"empty": "Ancora nessun bilancio.",
		"weightOf": "{word} ({weight} su 5)",
		"details": "Cose belle e nota",
		"exportButton": "Esporta tutto in un file di testo",
		"exportTitle": "Bilanci di fine turno, esportati il {date}",
		"exportPrivacy": "Da Both Ends. Privato: questo file è Suo e resta dove lo salva.",
		"exportWeight": "Peso della giornata: {weight}/5 ({word})",
		"exportGood": "Cose belle:",
		"exportNote": "Nota: {note}",
		"deleteButton": "Cancella tutti i bilanci",
		"deleteConfirm": {
			"one": "Cancellare {count} bilancio da questo dispositivo? Non si può annullare. Lo esporti prima, se vuole conservarlo.",
			"other": "Cancellare tutti i {count} bilanci da questo dispositivo? Non si può annullare. Li esporti prima, se vuole conservarli."
		},
		"deleteYes": "Sì, cancellali tutti",
		"cancel": "Annulla",
		"deleted": "Tutti i bilanci sono stati cancellati da questo dispositivo."
	}
};

