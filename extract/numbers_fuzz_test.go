package extract

import (
	"context"
	"math"
	"testing"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

var numberFuzzSeeds = []string{
	"It fell to minus 266C, near absolute zero, at two in the morning; three or four more, three to 11 years, a 911 call, 8.3m viewers, 2:18:34, 1 in every 5, half an acre, by 12 paise to 83.35, minus",
	"Overnight the Conservatives lost 14 seats and Labour gained 18, meaning the new balance on the council is Labour 41, Conservatives 22. The turnout was 37.9 per cent.",
	"Barnet has been under Conservative control since its creation in 1964, barring an eight-year period from 1994 to 2002 when it was under no overall control.",
	"Labour also took control of Wandsworth and Westminster councils, historically two flagship Conservative boroughs.",
	"Revenue rose 3.5 percent to $27.2 billion; it fell from £3m to £2m. ($99.99) $-1 -5.44% 0-62 mph",
	"three million, two hundred & forty; half a million dollars; a third of; 2 1/2 in; ½; 1/0; 10 000; 245 23 yen",
	"COVID-19 i5-9300H 3440x1440 16:9 2.17pm 02-751-1500 No. 10 www.x.com/a-9596-b Webb, 51, 21st-century 1960s",
	"- -- – 1- -1 1-- £ $ US$ € ₩ 1₩ 1,2 1.2.3 1,,2 .5 5. 1e3 ( ) (5) 1-2-3 a an a a dozen dozen",
	"under control of under no control control of , and councils the council was 5",
	"Shares rose 62 cents to 45.20; 80p, 99¢ 3 dimes. HD | INC. | 225.86 | -12.99 | -5.44%\nDow 1.5 +2 +0.1% + | - a gallon of L of",
}

func FuzzNumbers(f *testing.F) {
	for _, s := range numberFuzzSeeds {
		f.Add(s)
	}
	lex := DefaultLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := nlp.Annotate(context.Background(), text)
		if err != nil {
			return
		}
		last := -1
		for _, n := range Numbers(d, lex) {
			if n.Start < 0 || n.End > len(text) || n.Start >= n.End || text[n.Start:n.End] != n.Text {
				t.Fatalf("bad span %+v", n)
			}
			if n.Start < last {
				t.Fatalf("numbers out of order at %+v", n)
			}
			last = n.Start
			if n.Kind == "" || math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
				t.Fatalf("bad number %+v", n)
			}
		}
	})
}

func FuzzClaims(f *testing.F) {
	for _, s := range numberFuzzSeeds {
		f.Add(s)
	}
	lex := DefaultLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := nlp.Annotate(context.Background(), text)
		if err != nil {
			return
		}
		nums := Numbers(d, lex)
		ents := []Entity{{ID: "e1", Name: "Labour", Type: "ORG", Subtype: "party"}}
		if len(d.Tokens) > 0 {
			tk := d.Tokens[0]
			ents[0].Mentions = []Mention{{Text: tk.Text, Span: tk.Span()}}
		}
		for _, c := range Claims(d, ents, nums, lex) {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Text {
				t.Fatalf("bad span %+v", c)
			}
			if c.Subject == "" || c.Metric == "" {
				t.Fatalf("claim without subject or metric %+v", c)
			}
		}
	})
}
