// Package nlp wraps the prose v3 tokenizer, sentence splitter, tagger and
// entity recogniser behind the project's own types. It is the only package
// that imports prose; the models load once per process and are shared,
// read-only, by every goroutine.
package nlp

// Span is a half-open byte range [Start, End) into a Doc's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Token is one word or punctuation mark: its text, Penn Treebank tag and
// byte offset into the Doc's Text.
type Token struct {
	Text  string
	Tag   string
	Start int
}

// End returns the byte offset just past the token.
func (t Token) End() int { return t.Start + len(t.Text) }

// Span returns the token's byte range.
func (t Token) Span() Span { return Span{t.Start, t.End()} }

// Sentence is a sentence's byte range and the index range [First, Last) of
// its tokens in Doc.Tokens. Sentences never cross paragraph boundaries.
type Sentence struct {
	Span
	First, Last int
	Paragraph   int
}

// Candidate is an entity candidate from the statistical recogniser: its
// text, label (PERSON, GPE, ORGANIZATION…) and byte range. Candidates are
// evidence only; package extract types, splits, merges and filters them.
type Candidate struct {
	Span
	Text  string
	Label string
}

// Doc is a cleaned article body with its annotations. Every offset is into
// Text, and Text[x.Start:x.End] is exactly x's text for every token,
// sentence, paragraph and candidate.
type Doc struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	Candidates []Candidate
}

// Slice returns the text under s, or "" when s does not fit the text.
func (d *Doc) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1 when off lies between sentences.
func (d *Doc) SentenceAt(off int) int {
	return spanAt(len(d.Sentences), off, func(i int) Span { return d.Sentences[i].Span })
}

// ParagraphAt returns the index of the paragraph containing byte offset
// off, or -1.
func (d *Doc) ParagraphAt(off int) int {
	return spanAt(len(d.Paragraphs), off, func(i int) Span { return d.Paragraphs[i] })
}

// spanAt binary-searches n sorted, disjoint spans (span(i) is the i-th)
// for the one containing byte offset off; -1 when none does.
func spanAt(n, off int, span func(i int) Span) int {
	lo, hi := 0, n
	for lo < hi {
		m := (lo + hi) / 2
		switch s := span(m); {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the first token starting at or after off.
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
