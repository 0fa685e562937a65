package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	d, _ := nlp.Annotate(context.Background(), text)
	lex := DefaultLexicon()
	ents := Entities(d, lex)
	q := newQuoteDoc(d, ents, lex)
	for i := range q.passages {
		lf, lt := q.leftFrame(i)
		rf, rt := q.rightFrame(i)
		fmt.Printf("P%d %q left=%q right=%q\n", i, d.Slice(q.passages[i].inner), q.span(lf, lt), q.span(rf, rt))
		for _, c := range q.cuesIn(lf, lt) {
			fmt.Printf("  cue %q %s part=%v noun=%v\n", q.words[c.at].Text, c.lemma, q.isParticiple(c), q.nounCue(c))
		}
		qt := q.quote(i)
		sp := "<nil>"
		if qt.Speaker != nil {
			sp = *qt.Speaker
		}
		fmt.Printf("  => %s %s cue=%q addr=%q venue=%q partial=%v\n", qt.Attribution, sp, qt.Cue, qt.Addressee, qt.Venue, qt.Partial)
	}
	for _, w := range q.words {
		if w.SentStart {
			fmt.Printf("[%s] ", w.Text)
		}
	}
	fmt.Println()
}

func (q *quoteDoc) span(a, b int) string {
	if b <= a {
		return ""
	}
	return q.text[q.words[a].Start:q.words[b-1].End]
}
