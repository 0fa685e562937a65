package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// FuzzQuotes feeds arbitrary text through the quote finder: no input may
// panic, and every quote keeps the span invariants.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"Carolyn Harris said: “We won the seat.”",
		"“We won,” she said, “and we will win again.”\n\n“More.",
		`"Unclosed quote, he said. 'single' and ‘curly’ and «guillemets» „low“`,
		"He said “\n\n” and ‘’ '' \"\" 70\" TV.",
		"The ‘partygate’ scandal, he said, adding: “This is it.”",
		"“A,” X said. “B.” ’90s players’ union, according to",
		"OSLO — Sen. Ann Lee on Friday called it “a gamble” and said it was “wrong.” The senator’s office dismissed it as “noise,” while May of Kent said “no.”",
		", calling “x” and “y”, ruling Rep. of “z” and",
	} {
		f.Add(s)
	}
	lex := DefaultLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		d, err := nlp.Annotate(context.Background(), text)
		if err != nil {
			return
		}
		valid := map[string]bool{ByExplicit: true, ByPronoun: true, ByTitle: true, ByContinuation: true, ByDescription: true, ByNone: true}
		for _, q := range Quotes(d, Entities(d, lex), lex) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote span %d:%d %q", q.Start, q.End, q.Text)
			}
			for _, s := range []*Span{q.SpeakerSpan, q.CueSpan} {
				if s != nil && (s.Start < 0 || s.End > len(text) || s.Start > s.End) {
					t.Fatalf("bad span %+v", *s)
				}
			}
			if !valid[q.Attribution] || (q.Speaker == nil) != (q.Attribution == ByNone) {
				t.Fatalf("attribution %q with speaker %v", q.Attribution, q.Speaker)
			}
		}
	})
}
