export const tools = {
	"indexTitle": "Everyday tools",
	"indexIntro": "Three small tools, one for each end of the line and one for the end of the shift. Everything you type stays on this device.",
	"noScript": "This tool runs in your browser and needs JavaScript. Turn it on to use it; nothing is sent anywhere.",
	"prepSheet": {
		"formTitle": "Your notes",
		"privacy": "Saved in this browser as you type. Nothing leaves this device.",
		"labels": {
			"company": "Company",
			"account": "Account or contract number",
			"problem": "The problem, in two sentences",
			"tried": "What I have already tried",
			"want": "What I want from this call",
			"callback": "Best time to call me back"
		},
		"hints": {
			"company": "Who you are calling, and the number you will dial.",
			"account": "As it appears on a bill or a letter.",
			"problem": "What is wrong, and since when.",
			"tried": "Steps, earlier calls and their reference numbers.",
			"want": "A repair, a refund, a callback, a written answer…",
			"callback": "For example: weekdays after 5 pm."
		},
		"saved": "Saved on this device.",
		"notSaved": "This browser is not keeping data: print the sheet before you close the tab.",
		"sheetTitle": "Call-prep sheet",
		"sheetPreview": "Your sheet, as it prints",
		"updated": "Last changed {date}",
		"notFilled": "not filled in",
		"logTitle": "Call log",
		"logHint": "Fill in by hand during each call.",
		"logColumns": {
			"date": "Date",
			"agent": "Agent’s name",
			"reference": "Reference number",
			"promised": "What was promised"
		},
		"print": "Print the sheet",
		"clear": "Clear the sheet",
		"clearConfirm": "Clear every field and forget the saved sheet? This cannot be undone.",
		"clearYes": "Yes, clear it",
		"cancel": "Cancel",
		"cleared": "The sheet is cleared."
	},
	"reset": {
		"patternLegend": "Choose a way to breathe",
		"patterns": {
			"sighing": {
				"name": "Cyclic sighing",
				"how": "Breathe in through the nose, then a short second breath in on top; breathe out slowly through the mouth."
			},
			"box": {
				"name": "Box breathing",
				"how": "Breathe in for 4, hold for 4, breathe out for 4, hold for 4."
			}
		},
		"safety": "Breathe gently. If you feel dizzy, stop and breathe normally.",
		"start": "Start",
		"stop": "Stop",
		"startAgain": "Start again",
		"secondsLeft": "Seconds left: {seconds}",
		"phases": {
			"in": "Breathe in",
			"top-up": "Breathe in again, a little more",
			"hold": "Hold",
			"out": "Breathe out slowly"
		},
		"ready": "Ready when you are.",
		"stopped": "Stopped.",
		"done": "Done. Take this calm into your next call."
	},
	"checkIn": {
		"privacy": "Private: your check-ins stay in this browser on this device. Nothing is sent anywhere, not to us, not to your employer.",
		"memoryOnly": "This browser is not keeping data: your check-ins will be gone when you close the tab. Export them to keep them.",
		"formTitle": "Today",
		"weightLegend": "How heavy was today?",
		"weightOption": "{weight} — {word}",
		"weights": {
			"1": "Light",
			"2": "Fairly light",
			"3": "Middling",
			"4": "Heavy",
			"5": "Very heavy"
		},
		"goodLegend": "Three good things",
		"goodHint": "Small ones count.",
		"goodLabel": "Good thing {n}",
		"note": "Anything else (optional)",
		"save": "Save check-in",
		"saved": {
			"one": "Check-in saved. {count} check-in on this device.",
			"other": "Check-in saved. {count} check-ins on this device."
		},
		"noWeight": "Choose how heavy today was, then save.",
		"full": "This device keeps at most {max} check-ins. Export them, then delete them all to start a new list.",
		"tooLarge": "Storage on this device is full. Export your check-ins, then delete them all to start a new list.",
		"listTitle": "Past check-ins",
		"empty": "No check-ins yet.",
		"weightOf": "{word} ({weight} of 5)",
		"details": "Good things and note",
		"exportButton": "Export all as a text file",
		"exportTitle": "Shift check-ins, exported {date}",
		"exportPrivacy": "From Both Ends. Private: this file is yours, kept wherever you save it.",
		"exportWeight": "How heavy: {weight}/5 ({word})",
		"exportGood": "Good things:",
		"exportNote": "Note: {note}",
		"deleteButton": "Delete all check-ins",
		"deleteConfirm": {
			"one": "Delete {count} check-in from this device? This cannot be undone. Export it first if you want to keep it.",
			"other": "Delete all {count} check-ins from this device? This cannot be undone. Export them first if you want to keep them."
		},
		"deleteYes": "Yes, delete them all",
		"cancel": "Cancel",
		"deleted": "All check-ins are deleted from this device."
	}
};

