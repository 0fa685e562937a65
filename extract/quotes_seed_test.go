package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/testenv"
)

// goldEntities turns a gold file's people, organisations and places into
// test entities: people are also mentioned by first name and surname.
func goldEntities(g score.Gold) []testEnt {
	var out []testEnt
	for _, p := range g.People {
		ws := strings.Fields(p)
		e := testEnt{name: p, typ: "PERSON"}
		if len(ws) > 1 {
			e.aliases = []string{ws[len(ws)-1], ws[0]}
		}
		out = append(out, e)
	}
	for _, o := range g.Organizations {
		out = append(out, testEnt{name: o, typ: "ORG"})
	}
	for _, p := range g.Places {
		out = append(out, testEnt{name: p, typ: "GPE"})
	}
	return out
}

// TestQuotesSeed checks the seed article: every one of its quotes, word
// for word, with the right speaker, and nothing else.
func TestQuotesSeed(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	raw, err := os.ReadFile(filepath.Join(dir, "barnet.txt"))
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(dir, "barnet.json"))
	require.NoError(t, err)
	var g score.Gold
	require.NoError(t, json.Unmarshal(b, &g))

	text := strings.Join(strings.Split(strings.TrimSpace(string(raw)), "\n"), "\n\n")
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	got := Quotes(d, testEntities(text, goldEntities(g)...), DefaultLexicon())

	require.Len(t, got, len(g.Quotes), "quotes found: %+v", got)
	for i, w := range g.Quotes {
		q := got[i]
		assert.Equal(t, w.Text, q.Text)
		assert.Equal(t, q.Text, text[q.Start:q.End])
		assert.True(t, score.SpeakerMatch(w.Speaker, q.Speaker), "speaker of %q: want %v, got %v", w.Text, deref(w.Speaker), deref(q.Speaker))
		assert.Equal(t, w.Partial, q.Partial, "partial of %q", w.Text)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
