package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/testenv"
	"github.com/newsfacts/newsfacts/pipeline"
)

// entityGold is the entity part of a gold file (ANNOTATION.md).
type entityGold struct {
	People        []string `json:"people"`
	Organizations []string `json:"organizations"`
	Places        []string `json:"places"`
}

// scoreHonorifics are the words ANNOTATION.md's matching drops from names.
var scoreHonorifics = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`sir dame lord lady baroness baron mr mrs ms miss mx dr prof professor rev
reverend fr father president vice prime minister chancellor secretary senator sen rep
representative gov governor mayor judge justice mp mep cllr councillor king queen prince
princess gen general col colonel capt captain lt sgt st the`) {
		m[w] = true
	}
	return m
}()

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// normName lower-cases a name into word tokens without honorifics and a
// trailing possessive, as the gold matching does.
func normName(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	var out []string
	for _, w := range wordRE.FindAllString(s, -1) {
		if !scoreHonorifics[w] {
			out = append(out, w)
		}
	}
	if n := len(out); n > 1 && out[n-1] == "s" {
		out = out[:n-1]
	}
	return out
}

// nameMatch is ANNOTATION.md's name matching: people by surname and first
// word, organisations and places by a whole-word run.
func nameMatch(gold, pred string, person bool) bool {
	g, p := normName(gold), normName(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if strings.Join(g, " ") == strings.Join(p, " ") {
		return true
	}
	short, long := g, p
	if len(p) < len(g) {
		short, long = p, g
	}
	if person {
		if g[len(g)-1] != p[len(p)-1] || len(short) < 2 {
			return false
		}
		for _, w := range long {
			if w == short[0] {
				return true
			}
		}
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if strings.Join(long[i:i+len(short)], " ") == strings.Join(short, " ") {
			return true
		}
	}
	return false
}

// matched counts one-to-one matches, exact pairs first, then loose.
func matched(gold, pred []string, person bool) int {
	usedG, usedP := map[int]bool{}, map[int]bool{}
	n := 0
	exact := func(g, p string) bool { return strings.Join(normName(g), " ") == strings.Join(normName(p), " ") }
	loose := func(g, p string) bool { return nameMatch(g, p, person) }
	for _, test := range []func(string, string) bool{exact, loose} {
		for gi, g := range gold {
			if usedG[gi] {
				continue
			}
			for pi, p := range pred {
				if !usedP[pi] && test(g, p) {
					usedG[gi], usedP[pi] = true, true
					n++
					break
				}
			}
		}
	}
	return n
}

// tally sums matches over articles for one kind.
type tally struct{ match, gold, pred int }

func (t tally) f1() float64 {
	if t.pred == 0 || t.gold == 0 || t.match == 0 {
		return 0
	}
	p, r := float64(t.match)/float64(t.pred), float64(t.match)/float64(t.gold)
	return 2 * p * r / (p + r)
}

// sheetNames splits a sheet's entities into people, organisations, places.
func sheetNames(es []extract.Entity) (people, orgs, places []string) {
	for _, e := range es {
		switch e.Type {
		case extract.TypePerson:
			people = append(people, e.Name)
		case extract.TypeOrg:
			orgs = append(orgs, e.Name)
		case extract.TypeGPE, extract.TypeLoc:
			places = append(places, e.Name)
		}
	}
	return
}

// scoreEntities runs the pipeline over every gold article found in src and
// returns people, organisation and place tallies.
func scoreEntities(t *testing.T, goldDir string, src func(id string) string) (pe, or, pl tally) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var g entityGold
		require.NoError(t, json.Unmarshal(b, &g))
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		if _, err := os.Stat(src(id)); err != nil {
			continue // the gold directory may hold gold for other sets
		}
		r, err := corpus.Open([]string{src(id)}, corpus.Options{})
		require.NoError(t, err)
		it, err := r.Next(context.Background())
		require.NoError(t, err)
		s := pipeline.Process(context.Background(), it, pipeline.Options{})
		p, o, l := sheetNames(s.Entities)
		pe = pe.add(g.People, p, true)
		or = or.add(g.Organizations, o, false)
		pl = pl.add(g.Places, l, false)
	}
	return pe, or, pl
}

func (t tally) add(gold, pred []string, person bool) tally {
	return tally{t.match + matched(gold, pred, person), t.gold + len(gold), t.pred + len(pred)}
}

func TestEntitiesSeed(t *testing.T) {
	dir := testenv.EvalDir(t, "seed")
	pe, or, pl := scoreEntities(t, dir, func(id string) string { return filepath.Join(dir, id+".txt") })
	require.Equal(t, 7, pe.gold)
	for name, k := range map[string]tally{"people": pe, "organizations": or, "places": pl} {
		assert.Equal(t, k.gold, k.match, "%s: every gold name found", name)
		assert.Equal(t, k.pred, k.match, "%s: nothing spurious", name)
	}
}

func TestEntitiesQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("dev-gold quality floor is slow")
	}
	gold := testenv.EvalDir(t, "dev-gold")
	html := testenv.EvalDir(t, "aeb-dev")
	pe, or, pl := scoreEntities(t, gold, func(id string) string { return filepath.Join(html, "html", id+".html.gz") })
	t.Logf("people F1 %.3f (%+v), organisations F1 %.3f (%+v), places F1 %.3f (%+v)", pe.f1(), pe, or.f1(), or, pl.f1(), pl)
	// Floors a hair under the measured scores (people 0.783, organisations
	// 0.686, places 0.769 with the first cleaner; 0.823, 0.823, 0.873 with
	// the scored cleaner); raise them when the scores rise.
	assert.GreaterOrEqual(t, pe.f1(), 0.77, "people F1")
	assert.GreaterOrEqual(t, or.f1(), 0.67, "organisations F1")
	assert.GreaterOrEqual(t, pl.f1(), 0.75, "places F1")
}
