package score

import (
	"path"
	"strings"
)

// Fact kinds, as named in gold files and in reports.
const (
	People        = "people"
	Organizations = "organizations"
	Places        = "places"
	Quotes        = "quotes"
	Numbers       = "numbers"
	Claims        = "claims"
)

// Kinds lists the fact kinds in report order.
var Kinds = []string{People, Organizations, Places, Quotes, Numbers, Claims}

// entityTypes maps each entity kind to the sheet types counted as it.
var entityTypes = map[string]map[string]bool{
	People:        {"PERSON": true},
	Organizations: {"ORG": true, "ORGANIZATION": true, "NORP_ORG": true},
	Places:        {"GPE": true, "LOC": true, "LOCATION": true, "PLACE": true},
}

// Counts are the sums behind one kind's scores.
type Counts struct {
	Gold    int `json:"gold"`    // gold facts
	Pred    int `json:"pred"`    // predicted facts
	Matched int `json:"matched"` // matched pairs
}

// PRF returns precision, recall and F1, each in [0, 1]. With no
// predictions precision is 1 when there is no gold either, else 0; with no
// gold recall is 1.
func (c Counts) PRF() (p, r, f1 float64) {
	return prf(c.Matched, c.Pred, c.Matched, c.Gold)
}

func prf(tpPred, nPred, tpGold, nGold int) (p, r, f float64) {
	switch {
	case nPred > 0:
		p = float64(tpPred) / float64(nPred)
	case nGold == 0:
		p = 1
	}
	r = 1
	if nGold > 0 {
		r = float64(tpGold) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c *Counts) add(gold, pred, matched int) {
	c.Gold += gold
	c.Pred += pred
	c.Matched += matched
}

// Finding is one error in one article, for reading: a gold fact missed, a
// prediction with no gold fact, or a matched quote given the wrong speaker.
type Finding struct {
	Kind string `json:"kind"` // one of Kinds, or "speaker"
	// What is "miss", "false hit" or "wrong speaker".
	What string `json:"what"`
	Text string `json:"text"`
	// Want and Got are the gold and predicted speakers of a wrong-speaker
	// finding.
	Want string `json:"want,omitempty"`
	Got  string `json:"got,omitempty"`
}

// ArticleResult is how one gold article fared.
type ArticleResult struct {
	ID       string            `json:"id"`
	Missing  bool              `json:"missing,omitempty"` // no sheet for this gold
	Counts   map[string]Counts `json:"counts"`
	Findings []Finding         `json:"findings,omitempty"`
}

// Result is the score of a set of sheets against a gold set.
type Result struct {
	Counts map[string]Counts // by kind
	// SpeakerOK counts matched quotes whose speaker is right.
	SpeakerOK int
	// HasClaims is true when some gold article lists claims; claims are
	// scored over those articles only.
	HasClaims bool
	Articles  []ArticleResult
}

// SpeakerAccuracy is the share of matched quotes with the right speaker,
// 0 when no quote matched.
func (r *Result) SpeakerAccuracy() float64 {
	q := r.Counts[Quotes]
	if q.Matched == 0 {
		return 0
	}
	return float64(r.SpeakerOK) / float64(q.Matched)
}

// QuoteSpeakerF1 is the F1 of quotes counted right only when both the quote
// and its speaker match.
func (r *Result) QuoteSpeakerF1() float64 {
	q := r.Counts[Quotes]
	_, _, f := prf(r.SpeakerOK, q.Pred, r.SpeakerOK, q.Gold)
	return f
}

// MissingSheets lists the gold articles that had no sheet.
func (r *Result) MissingSheets() []string {
	var out []string
	for _, a := range r.Articles {
		if a.Missing {
			out = append(out, a.ID)
		}
	}
	return out
}

// Sheets is a set of sheets in the order they were added, found by id.
type Sheets struct {
	order []string
	byID  map[string]Sheet
}

// Add puts s in the set; a later sheet with the same id replaces the
// earlier one but keeps its place.
func (ss *Sheets) Add(s Sheet) {
	if ss.byID == nil {
		ss.byID = map[string]Sheet{}
	}
	if _, ok := ss.byID[s.ID]; !ok {
		ss.order = append(ss.order, s.ID)
	}
	ss.byID[s.ID] = s
}

// Len is the number of distinct sheet ids.
func (ss *Sheets) Len() int { return len(ss.order) }

// Find returns the sheet for a gold id: the sheet with that id, else the
// first whose id's last path element, up to its first dot, is the gold id
// ("dir/abc.html" for "abc").
func (ss *Sheets) Find(id string) (Sheet, bool) {
	if s, ok := ss.byID[id]; ok {
		return s, true
	}
	for _, k := range ss.order {
		base := path.Base(k)
		if k == "" || strings.HasSuffix(k, "/") {
			base = ""
		}
		if stem, _, _ := strings.Cut(base, "."); stem == id {
			return ss.byID[k], true
		}
	}
	return Sheet{}, false
}

// Score matches every gold article (in the order given) against its sheet
// and sums the counts. A gold article without a sheet is scored against an
// empty one.
func Score(golds []Gold, sheets *Sheets) *Result {
	r := &Result{Counts: map[string]Counts{}}
	for _, g := range golds {
		s, ok := sheets.Find(g.ID)
		a := scoreArticle(g, s)
		a.Missing = !ok
		for k, c := range a.Counts {
			t := r.Counts[k]
			t.add(c.Gold, c.Pred, c.Matched)
			r.Counts[k] = t
		}
		r.SpeakerOK += a.speakerOK
		r.HasClaims = r.HasClaims || len(g.Claims) > 0
		r.Articles = append(r.Articles, a.ArticleResult)
	}
	return r
}

type articleScore struct {
	ArticleResult
	speakerOK int
}

func scoreArticle(g Gold, s Sheet) articleScore {
	a := articleScore{ArticleResult: ArticleResult{ID: g.ID, Counts: map[string]Counts{}}}
	a.entities(People, g.People, s, PersonName)
	a.entities(Organizations, g.Organizations, s, OrgName)
	a.entities(Places, g.Places, s, OrgName)
	a.quotes(g.Quotes, s.Quotes)
	a.numbers(g.Numbers, s.Numbers)
	if len(g.Claims) > 0 {
		a.claims(g.Claims, s.Claims)
	}
	return a
}
