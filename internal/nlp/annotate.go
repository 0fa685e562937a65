package nlp

import (
	"context"
	"fmt"
	"strings"

	"github.com/jdkato/prose/v3"
	"github.com/jdkato/prose/v3/ner"
)

// Paragraphs splits text into paragraphs at blank lines and returns their
// trimmed byte ranges; empty paragraphs are skipped.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end + 2
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// Annotate splits text into paragraphs (at blank lines), then sentences,
// tokens with part-of-speech tags, and entity candidates, all with byte
// offsets into text. It fails only when ctx is done or the models cannot
// load.
func Annotate(ctx context.Context, text string) (*Doc, error) {
	ex, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	model, err := loadEntityModel()
	if err != nil {
		return nil, fmt.Errorf("load entity model: %w", err)
	}
	tagger, err := loadPOSModel()
	if err != nil {
		return nil, fmt.Errorf("load tagger model: %w", err)
	}
	d := &Doc{Text: text, Paragraphs: Paragraphs(text)}
	for pi, p := range d.Paragraphs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		src := text[p.Start:p.End]
		pd, err := prose.NewDocumentContext(ctx, src, prose.WithExtraction(false), prose.WithTagging(false))
		if err != nil {
			return nil, fmt.Errorf("annotate paragraph %d at byte %d: %w", pi, p.Start, err)
		}
		ptoks := pd.Tokens()
		tagger.tag(ptoks)
		labelEntities(model, ptoks)
		base := len(d.Tokens)
		for _, t := range ptoks {
			d.Tokens = append(d.Tokens, Token{Text: t.Text, Tag: t.Tag, Start: p.Start + t.Start})
		}
		d.Sentences = append(d.Sentences, sentences(pd.Sentences(), d.Tokens, base, p, pi)...)
		for _, e := range ex.Chunk(src, ptoks) {
			d.Candidates = append(d.Candidates, Candidate{
				Span:  Span{p.Start + e.Start, p.Start + e.End()},
				Text:  e.Text,
				Label: e.Label,
			})
		}
	}
	return d, nil
}

// sentences converts prose sentences of one paragraph to Sentences with
// document offsets (trimmed of surrounding space) and token index ranges.
func sentences(ss []prose.Sentence, toks []Token, base int, p Span, pi int) []Sentence {
	out := make([]Sentence, 0, len(ss))
	ti := base
	for _, s := range ss {
		start, end := p.Start+s.Start, p.Start+s.End()
		first := ti
		for ti < len(toks) && toks[ti].Start < end {
			ti++
		}
		if first < ti {
			start = toks[first].Start
			end = toks[ti-1].End()
		}
		out = append(out, Sentence{Span: Span{start, end}, First: first, Last: ti, Paragraph: pi})
	}
	// Tokens past the last sentence (should not happen) join the last one.
	if n := len(out); n > 0 && ti < len(toks) {
		out[n-1].Last = len(toks)
		out[n-1].End = toks[len(toks)-1].End()
	}
	return out
}
