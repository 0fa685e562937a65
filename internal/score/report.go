package score

import (
	"fmt"
	"io"
)

// KindScore is one kind's scores and the counts behind them.
type KindScore struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	Counts
}

// SpeakerScore is speaker accuracy over matched quotes.
type SpeakerScore struct {
	Accuracy float64 `json:"accuracy"`
	Correct  int     `json:"correct"`
	Matched  int     `json:"matched"`
	// QuoteSpeakerF1 counts a quote right only with its right speaker.
	QuoteSpeakerF1 float64 `json:"quote_speaker_f1"`
}

// Report is a Result in the shape `newsfacts eval -json` prints.
type Report struct {
	People        *KindScore      `json:"people"`
	Organizations *KindScore      `json:"organizations"`
	Places        *KindScore      `json:"places"`
	Quotes        *KindScore      `json:"quotes"`
	Speaker       SpeakerScore    `json:"speaker"`
	Numbers       *KindScore      `json:"numbers"`
	Claims        *KindScore      `json:"claims,omitempty"`
	Gold          int             `json:"gold_articles"`
	Missing       []string        `json:"missing_sheets"`
	Articles      []ArticleResult `json:"articles,omitempty"`
}

// Kind returns the scores of one kind.
func (r *Result) Kind(kind string) *KindScore {
	c := r.Counts[kind]
	p, rc, f := c.PRF()
	return &KindScore{P: p, R: rc, F1: f, Counts: c}
}

// Report returns the scores; with articles it also lists each article's
// counts and findings.
func (r *Result) Report(articles bool) Report {
	rep := Report{
		People: r.Kind(People), Organizations: r.Kind(Organizations), Places: r.Kind(Places),
		Quotes: r.Kind(Quotes), Numbers: r.Kind(Numbers),
		Speaker: SpeakerScore{Accuracy: r.SpeakerAccuracy(), Correct: r.SpeakerOK,
			Matched: r.Counts[Quotes].Matched, QuoteSpeakerF1: r.QuoteSpeakerF1()},
		Gold: len(r.Articles), Missing: r.MissingSheets(),
	}
	if rep.Missing == nil {
		rep.Missing = []string{}
	}
	if r.HasClaims {
		rep.Claims = r.Kind(Claims)
	}
	if articles {
		rep.Articles = r.Articles
	}
	return rep
}

// WriteText prints the scores as a table, then the speaker accuracy; with
// verbose, each article's misses, false hits and wrong speakers first.
func (r *Result) WriteText(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	if verbose {
		r.writeFindings(ew)
	}
	ew.printf("%-14s %6s %6s %6s %5s %5s\n", "kind", "P", "R", "F1", "gold", "pred")
	for _, k := range Kinds {
		if k == Claims && !r.HasClaims {
			continue
		}
		s := r.Kind(k)
		ew.printf("%-14s %6.3f %6.3f %6.3f %5d %5d\n", k, s.P, s.R, s.F1, s.Gold, s.Pred)
	}
	ew.printf("speaker accuracy on matched quotes %.3f (%d of %d); quote+speaker F1 %.3f\n",
		r.SpeakerAccuracy(), r.SpeakerOK, r.Counts[Quotes].Matched, r.QuoteSpeakerF1())
	ew.printf("%d gold articles, %d without a sheet", len(r.Articles), len(r.MissingSheets()))
	for _, id := range r.MissingSheets() {
		ew.printf(" %s", id)
	}
	ew.printf("\n")
	return ew.err
}

func (r *Result) writeFindings(ew *errWriter) {
	for _, a := range r.Articles {
		if len(a.Findings) == 0 && !a.Missing {
			continue
		}
		ew.printf("== %s\n", a.ID)
		if a.Missing {
			ew.printf("  no sheet for this article\n")
		}
		for _, f := range a.Findings {
			if f.What == "wrong speaker" {
				ew.printf("  %-13s %-14s %q: want %s, got %s\n", f.Kind, f.What, f.Text, f.Want, f.Got)
				continue
			}
			ew.printf("  %-13s %-14s %q\n", f.Kind, f.What, f.Text)
		}
	}
	if len(r.Articles) > 0 {
		ew.printf("\n")
	}
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
