package extract

import (
	"context"
	"testing"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"Swansea Labour MP Carolyn Harris said the result in Barnet “cannot be underestimated”.",
		"Ms Rose, a former Union of Jewish Students President, was elected in Whetstone.",
		"The U.S. Attorney Dianna E. Anderson met George R.R. Martin at St. Martin’s.",
		"Sir Sir Mr. of the & and Inc. E. .",
		"“Lots of Jewish people didn’t feel they could vote Labour,” he told My London.",
		"NIDA (NIDA) NASA’s NASA's Prime Minister",
		"Director_Park Dong Woo, Make-up_Kim Jong nn, _X, A_: Director: the company called",
		"franchises such as Tomb Raider, Red Dead and the Browns; a new Plasma Blue (better known as Mike Ford)",
		"“Over,” reported the. Harbour Watch’s editor told The Argus: Kent Live on Monday has contacted for comment",
		"The House of the Senate voted; lawmakers. Leeds were relegated, the striker said. MADRID — Leeds-",
		"The Chinese government and Ukraine military aid; US military officials",
	} {
		f.Add(s)
	}
	lex := DefaultLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		d, err := nlp.Annotate(context.Background(), text)
		if err != nil {
			return
		}
		for _, e := range Entities(d, lex) {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v of %q", m, e.Name)
				}
			}
		}
	})
}
