export const roleplay = {
	"modeLegend": "How do you want to play?",
	"modePractice": "Practice",
	"modePracticeHint": "(feedback after each choice)",
	"modeAssessment": "Assessment",
	"modeAssessmentHint": "(feedback only at the end)",
	"voice": "Read the other person’s lines aloud",
	"voiceUnavailable": "Your browser cannot read aloud; the call works the same without it.",
	"startCall": "Start the call",
	"callWith": "On the line: {name}",
	"callTimer": "Call time: {time}",
	"onHoldTotal": "(of which on hold: {time})",
	"meters": {
		"mood": {
			"name": "Caller’s mood",
			"levels": {
				"veryLow": "very low",
				"low": "low",
				"middling": "middling",
				"high": "high",
				"veryHigh": "very high"
			}
		},
		"patience": {
			"name": "Caller’s patience",
			"levels": {
				"veryLow": "very low",
				"low": "low",
				"middling": "middling",
				"high": "high",
				"veryHigh": "very high"
			}
		},
		"stress": {
			"name": "Your stress",
			"levels": {
				"veryLow": "very low",
				"low": "low",
				"middling": "middling",
				"high": "high",
				"veryHigh": "very high"
			}
		}
	},
	"meterReading": "{meter}: {level} ({value}/100)",
	"transcript": "Call transcript",
	"you": "You",
	"narrator": "Narrator",
	"yourTurn": "What do you say?",
	"shortcutHint": "Tip: while you are in the call, keys 1 to 4 pick a reply.",
	"feedback": "Feedback",
	"record": "Customer record",
	"recordHistory": "Call history",
	"recordEntry": "{date} — {reason}: {outcome}",
	"recordHidden": "The customer record is closed. Opening it is one of your choices.",
	"actions": {
		"hold": "Hold",
		"transfer": "Transfer",
		"record": "Open record",
		"end": "End call"
	},
	"debrief": "Debrief",
	"outcome": "How the call ended",
	"handleTime": "Call time",
	"holdTime": "Time on hold",
	"transfers": "Transfers",
	"recordLooked": "Looked at the customer record",
	"recordNotLooked": "Never looked at the customer record",
	"scores": "Score, as a share of what was possible",
	"score": "{dimension}: {percent}",
	"overall": "Overall: {percent}",
	"pivotal": "The turns that mattered most",
	"noPivotal": "No costly turns: every choice was as good as it could be.",
	"quote": "“{line}”",
	"youSaid": "You said:",
	"better": "Better:",
	"why": "Why:",
	"aside": "— {text}",
	"learnMore": "Learn more: {title}",
	"allChoices": "Every choice you made",
	"replay": "Replay from the start",
	"otherSide": "Play the other side: {title}",
	"saved": "Result saved on this device.",
	"notSaved": "This browser is not keeping data, so this result will not be kept after you close the tab.",
	"endings": {
		"resolved": "Resolved",
		"callback": "Callback arranged",
		"escalated": "Escalated",
		"caller-hung-up": "The caller hung up",
		"ended-for-abuse": "Call ended for abuse"
	},
	"dimensions": {
		"courtesy": "Courtesy",
		"empathy": "Empathy",
		"ownership": "Ownership",
		"efficiency": "Efficiency",
		"accuracy": "Accuracy",
		"boundaries": "Boundaries"
	}
};

