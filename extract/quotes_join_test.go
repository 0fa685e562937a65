package extract

import "testing"

func TestQuotesJoinParagraphs(t *testing.T) {
	patel := testEnt{name: "Ravi Patel", typ: "PERSON", aliases: []string{"Patel"}}
	text := "Patel said: “You took that money over three years.\n\n“Shame does not give it back.”"
	check(t, quotesOf(t, text, patel),
		want{text: "You took that money over three years.\n\n“Shame does not give it back.", speaker: "Ravi Patel", how: ByExplicit, cue: "said"})
	// A passage closed at the paragraph end does not run on.
	text = "Patel said: “You took that money.”\n\n“Shame does not give it back,” he added."
	check(t, quotesOf(t, text, patel),
		want{text: "You took that money.", speaker: "Ravi Patel", how: ByExplicit, cue: "said"},
		want{text: "Shame does not give it back,", speaker: "Ravi Patel", how: ByPronoun, cue: "added"})
}
