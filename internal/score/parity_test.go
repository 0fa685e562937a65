package score_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/internal/score/nfscoretest"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/stretchr/testify/require"
)

// perturbName varies a gold name the way extractors get names wrong or
// differently right.
func perturbName(s string, i int) string {
	w := strings.Fields(s)
	switch i % 7 {
	case 1:
		return "Sir " + s
	case 2:
		return w[len(w)-1]
	case 3:
		return "the " + s + "'s"
	case 4:
		return s + " Party"
	case 5:
		return strings.ToUpper(s)
	case 6:
		return w[0] + " Q. " + strings.Join(w[1:], " ")
	}
	return s
}

// perturbQuote keeps most, some or few of a quote's words.
func perturbQuote(s string, i int) string {
	w := strings.Fields(s)
	switch i % 5 {
	case 1:
		return strings.Join(w[:max(1, len(w)*3/4)], " ")
	case 2:
		return strings.Join(w[:max(1, len(w)/2)], " ")
	case 3:
		return strings.ToUpper(s) + " and more words here"
	}
	return s
}

func perturbSpeaker(sp *string, i int) any {
	switch {
	case i%4 == 1:
		return nil
	case i%4 == 2:
		return ""
	case sp == nil:
		return "Somebody Else"
	case i%4 == 3:
		return perturbName(*sp, i)
	}
	return *sp
}

func perturbNumber(n score.NumberFact, i int) map[string]any {
	m := map[string]any{"text": n.Text, "value": json.RawMessage(n.Value.Raw), "kind": n.Kind}
	switch i % 6 {
	case 1:
		m["text"] = "about " + n.Text
	case 2:
		m["kind"] = map[string]string{"percent": "percentage", "money": "currency", "count": "cardinal"}[n.Kind]
	case 3:
		if v, ok := n.Value.Num(); ok {
			m["value"] = v + 1
		}
	case 4:
		m["text"] = "zzz"
	case 5:
		m["value"] = fmt.Sprint(string(n.Value.Raw))
	}
	return m
}

func perturbClaim(c score.ClaimFact, i int) map[string]any {
	m := map[string]any{"subject": perturbName(c.Subject, i), "metric": c.Metric, "text": c.Text}
	for k, v := range map[string]score.Value{"value": c.Value, "change": c.Change, "since": c.Since, "from": c.From, "to": c.To, "object": c.Object} {
		if v.Set {
			m[k] = json.RawMessage(v.Raw)
		}
	}
	switch i % 4 {
	case 1:
		m["metric"] = "council " + c.Metric
	case 2:
		delete(m, "value")
		delete(m, "object")
	case 3:
		m["metric"] = ""
	}
	return m
}

// sheetFor builds a sheet that gets the gold partly right.
func sheetFor(g score.Gold, n int) map[string]any {
	var ents []map[string]any
	add := func(names []string, typ string, k int) {
		for i, name := range names {
			if (i+k)%5 == 4 {
				continue
			}
			ents = append(ents, map[string]any{"name": perturbName(name, i+k), "type": typ})
		}
	}
	add(g.People, "PERSON", n)
	add(g.Organizations, []string{"ORG", "org", "ORGANIZATION"}[n%3], n+1)
	add(g.Places, []string{"GPE", "LOC", "place"}[n%3], n+2)
	add(g.Places[:min(1, len(g.Places))], "PERSON", n)
	ents = append(ents, map[string]any{"name": "Invented Person", "type": "PERSON"}, map[string]any{"name": nil, "type": "ORG"})
	var quotes []map[string]any
	for i, q := range g.Quotes {
		if (i+n)%6 == 5 {
			continue
		}
		quotes = append(quotes, map[string]any{"text": perturbQuote(q.Text, i+n), "speaker": perturbSpeaker(q.Speaker, i+n)})
	}
	quotes = append(quotes, map[string]any{"text": "words nobody said", "speaker": nil})
	var nums []map[string]any
	for i, x := range g.Numbers {
		if (i+n)%7 != 6 {
			nums = append(nums, perturbNumber(x, i+n))
		}
	}
	nums = append(nums, map[string]any{"text": "2019", "value": 2019, "kind": "year"}, map[string]any{"text": "5", "value": 5, "kind": "count"})
	var claims []map[string]any
	for i, c := range g.Claims {
		claims = append(claims, perturbClaim(c, i+n))
	}
	id := g.ID
	if n%3 == 1 {
		id = "pages/" + g.ID + ".html.gz"
	}
	return map[string]any{"id": id, "entities": ents, "quotes": quotes, "numbers": nums, "claims": claims}
}

// TestAgreesWithNFScore scores sheets that get the gold partly right, in
// many different ways, with both this package and nfscore.py, and wants
// the same counts and scores from both.
func TestAgreesWithNFScore(t *testing.T) {
	for _, sub := range []string{"dev-gold", "seed"} {
		t.Run(sub, func(t *testing.T) {
			goldDir := testenv.EvalDir(t, sub)
			golds, err := score.ReadGoldDir(goldDir)
			require.NoError(t, err)
			var sb strings.Builder
			for n, g := range golds {
				if n%9 == 8 {
					continue // a missing sheet
				}
				b, err := json.Marshal(sheetFor(g, n))
				require.NoError(t, err)
				sb.Write(b)
				sb.WriteByte('\n')
			}
			path := filepath.Join(t.TempDir(), "sheets.jsonl")
			require.NoError(t, os.WriteFile(path, []byte(sb.String()), 0o644))
			ss, err := score.ReadSheets(strings.NewReader(sb.String()))
			require.NoError(t, err)
			res := score.Score(golds, ss)
			nfscoretest.AssertAgrees(t, res, nfscoretest.RunFacts(t, goldDir, path))
			nfscoretest.AssertClaimsAgree(t, res, nfscoretest.RunClaims(t, goldDir, path))
		})
	}
}

// TestWordsAgreeWithNFScore tokenises awkward text both ways.
func TestWordsAgreeWithNFScore(t *testing.T) {
	texts := []string{
		"Didn’t “we” win? £1.2m, 37.9 per cent; COVID-19",
		"İstanbul ΟΔΟΣ Straße ﬁnance ½ ² Ⅻ ª",
		"café cafe\u0301 naïve हिन्दी 東京 snake_case x—y",
		"Ms O’Neill-Smith’s, the BBC’s \u00a0 \u200b tab\there",
		"ΟΔΟΣ. ΣΟΦΙΑ Σ ΑΣ’Σ ΟΔΟΣ’s ΟΔΟΣ\u0301 aΣb İI",
	}
	want := nfscoretest.RunNormText(t, texts)
	for i, s := range texts {
		got := score.Words(s)
		if got == nil {
			got = []string{}
		}
		require.Equal(t, want[i], got, s)
	}
}
