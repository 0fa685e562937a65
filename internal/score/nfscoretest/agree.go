package nfscoretest

import (
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/internal/score"
)

// AssertAgrees fails t unless res gives, for every kind nfscore prints,
// the same gold and prediction counts and the same P, R and F1 to the
// three decimals nfscore prints, and the same speaker accuracy,
// quote+speaker F1 and number of missing sheets.
func AssertAgrees(t testing.TB, res *score.Result, f Facts) {
	t.Helper()
	for _, k := range []string{score.People, score.Organizations, score.Places, score.Quotes, score.Numbers} {
		s := res.Kind(k)
		got := Row{P: f3(s.P), R: f3(s.R), F1: f3(s.F1), Gold: s.Gold, Pred: s.Pred}
		if got != f.Rows[k] {
			t.Errorf("%s: Go scorer %+v, nfscore.py %+v", k, got, f.Rows[k])
		}
	}
	if got := f3(res.SpeakerAccuracy()); got != f.Speaker {
		t.Errorf("speaker accuracy: Go scorer %s, nfscore.py %s", got, f.Speaker)
	}
	if got := f3(res.QuoteSpeakerF1()); got != f.QuoteSpeakerF1 {
		t.Errorf("quote+speaker F1: Go scorer %s, nfscore.py %s", got, f.QuoteSpeakerF1)
	}
	if got := len(res.MissingSheets()); got != f.Missing {
		t.Errorf("missing sheets: Go scorer %d, nfscore.py %d", got, f.Missing)
	}
}

// AssertClaimsAgree fails t unless res found as many gold claims as
// nfscore.py claims did, out of as many.
func AssertClaimsAgree(t testing.TB, res *score.Result, c Claims) {
	t.Helper()
	s := res.Kind(score.Claims)
	if s.Matched != c.Found || s.Gold != c.Gold || (c.Gold > 0 && f3(s.R) != c.Recall) {
		t.Errorf("claims: Go scorer found %d of %d (recall %s), nfscore.py %d of %d (%s)", s.Matched, s.Gold, f3(s.R), c.Found, c.Gold, c.Recall)
	}
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }
