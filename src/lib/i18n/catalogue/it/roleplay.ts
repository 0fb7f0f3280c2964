import type { Catalogue } from '../en/index.ts';

export const roleplay: Catalogue['roleplay'] = {
	"modeLegend": "Come vuole giocare?",
	"modePractice": "Allenamento",
	"modePracticeHint": "(un commento dopo ogni scelta)",
	"modeAssessment": "Valutazione",
	"modeAssessmentHint": "(i commenti solo alla fine)",
	"voice": "Leggere ad alta voce le battute dell’altra persona",
	"voiceUnavailable": "Il Suo browser non può leggere ad alta voce; la chiamata funziona ugualmente.",
	"startCall": "Inizia la chiamata",
	"callWith": "In linea: {name}",
	"callTimer": "Durata della chiamata: {time}",
	"onHoldTotal": "(di cui in attesa: {time})",
	"meters": {
		"mood": {
			"name": "Umore di chi chiama",
			"levels": {
				"veryLow": "molto basso",
				"low": "basso",
				"middling": "medio",
				"high": "alto",
				"veryHigh": "molto alto"
			}
		},
		"patience": {
			"name": "Pazienza di chi chiama",
			"levels": {
				"veryLow": "molto bassa",
				"low": "bassa",
				"middling": "media",
				"high": "alta",
				"veryHigh": "molto alta"
			}
		},
		"stress": {
			"name": "Il Suo stress",
			"levels": {
				"veryLow": "molto basso",
				"low": "basso",
				"middling": "medio",
				"high": "alto",
				"veryHigh": "molto alto"
			}
		}
	},
	"meterReading": "{meter}: {level} ({value}/100)",
	"transcript": "Trascrizione della chiamata",
	"you": "Lei",
	"narrator": "Narratore",
	"yourTurn": "Che cosa risponde?",
	"shortcutHint": "Suggerimento: durante la chiamata, i tasti da 1 a 4 scelgono una risposta.",
	"feedback": "Commento",
	"record": "Scheda cliente",
	"recordHistory": "Storico delle chiamate",
	"recordEntry": "{date} — {reason}: {outcome}",
	"recordHidden": "La scheda cliente è chiusa. Aprirla è una delle Sue scelte.",
	"actions": {
		"hold": "Attesa",
		"transfer": "Trasferimento",
		"record": "Apri la scheda",
		"end": "Fine chiamata"
	},
	"debrief": "Resoconto",
	"outcome": "Come è finita la chiamata",
	"handleTime": "Durata della chiamata",
	"holdTime": "Tempo in attesa",
	"transfers": "Trasferimenti",
	"recordLooked": "Scheda cliente consultata",
	"recordNotLooked": "Scheda cliente mai consultata",
	"scores": "Punteggio, come quota del possibile",
	"score": "{dimension}: {percent}",
	"overall": "Complessivo: {percent}",
	"pivotal": "I momenti che hanno contato di più",
	"noPivotal": "Nessun momento costoso: ogni scelta era la migliore possibile.",
	"quote": "«{line}»",
	"youSaid": "Lei ha detto:",
	"better": "Meglio:",
	"why": "Perché:",
	"aside": "— {text}",
	"learnMore": "Per approfondire: {title}",
	"allChoices": "Tutte le Sue scelte",
	"replay": "Ricomincia da capo",
	"otherSide": "Giochi dall’altro lato: {title}",
	"saved": "Risultato salvato su questo dispositivo.",
	"notSaved": "Questo browser non conserva dati: il risultato andrà perso alla chiusura della scheda.",
	"endings": {
		"resolved": "Risolta",
		"callback": "Richiamata fissata",
		"escalated": "Passata a un livello superiore",
		"caller-hung-up": "Chi chiama ha riattaccato",
		"ended-for-abuse": "Chiamata chiusa per insulti"
	},
	"dimensions": {
		"courtesy": "Cortesia",
		"empathy": "Empatia",
		"ownership": "Presa in carico",
		"efficiency": "Efficienza",
		"accuracy": "Precisione",
		"boundaries": "Limiti"
	}
};

