package extract

import "github.com/newsfacts/newsfacts/internal/nlp"

// quoteDoc is one article prepared for quote finding: its top-level quoted
// passages and the words around them, with writer's sentence starts.
type quoteDoc struct {
	d        *nlp.Doc
	text     string
	lex      *Lexicon
	ents     []Entity
	passages []marked // top-level passages in text order
	words    []frameWord
	// first[i] and last[i] are the indices in words of passage i's opening
	// and closing marks (or its first/last word when a mark is missing).
	first, last []int
	refs        []speakerRef        // mentions pronouns and descriptions may refer to
	results     []attributionResult // attribution of each passage, filled in order
	genders     map[string]string   // person name → gender the text showed
	baseRefs    []speakerRef        // refs before any pronoun is resolved
	chainAt     int                 // words up to here had their pronouns resolved
}

// newQuoteDoc finds the passages of d and tokenizes the writer's text.
func newQuoteDoc(d *nlp.Doc, ents []Entity, lex *Lexicon) *quoteDoc {
	q := &quoteDoc{d: d, text: d.Text, lex: lex, ents: ents}
	q.passages = topLevel(findPassages(d.Text, d.Paragraphs))
	q.tokenize()
	for _, scare := range []bool{false, true} {
		if keep := q.withoutTerms(scare); len(keep) < len(q.passages) {
			q.passages = keep
			q.tokenize()
		}
	}
	q.refs = q.buildRefs()
	q.addCueSubjects()
	q.baseRefs = append([]speakerRef(nil), q.refs...)
	return q
}

// tokenize splits every paragraph into words and ties them to passages.
func (q *quoteDoc) tokenize() {
	q.words = q.words[:0]
	for pi, p := range q.d.Paragraphs {
		ws := tokenizeWords(q.text, p, pi)
		if len(ws) > 0 {
			ws[0].SentStart = true
		}
		q.words = append(q.words, ws...)
	}
	q.assignWords()
	q.markSentences()
}

// assignWords sets each word's Quote to the passage holding it.
func (q *quoteDoc) assignWords() {
	q.first = make([]int, len(q.passages))
	q.last = make([]int, len(q.passages))
	for i := range q.first {
		q.first[i], q.last[i] = -1, -1
	}
	pi := 0
	for wi := range q.words {
		w := &q.words[wi]
		for pi < len(q.passages) && q.passages[pi].end() <= w.Start {
			pi++
		}
		if pi < len(q.passages) && q.passages[pi].open <= w.Start {
			w.Quote = pi
			if q.first[pi] < 0 {
				q.first[pi] = wi
			}
			q.last[pi] = wi
		}
	}
}

// markSentences flags the writer's sentence starts: the annotator's
// sentence starts that do not fall inside a quoted passage.
func (q *quoteDoc) markSentences() {
	si := 0
	for wi := range q.words {
		w := &q.words[wi]
		for si < len(q.d.Sentences) && q.d.Sentences[si].Start < w.Start {
			si++
		}
		if si < len(q.d.Sentences) && q.d.Sentences[si].Start == w.Start && w.Quote < 0 {
			w.SentStart = !q.afterPassage(wi) || q.endsSentence(q.words[wi-1].Quote, wi)
		}
		if w.Quote >= 0 && q.first[w.Quote] == wi && startsSentence(q.words, wi) {
			w.SentStart = true
		}
	}
}

// startsSentence reports whether the passage opening at word wi begins a
// writer's sentence: first in its paragraph or after a sentence end.
func startsSentence(ws []frameWord, wi int) bool {
	if wi == 0 || ws[wi-1].Para != ws[wi].Para {
		return true
	}
	switch ws[wi-1].Text {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// leftFrame returns the word range [from, to) of the writer's words before
// passage i in its sentence, stopping at an earlier passage.
func (q *quoteDoc) leftFrame(i int) (int, int) {
	to := q.first[i]
	if to < 0 {
		return 0, 0
	}
	from := to
	for from > 0 {
		w := q.words[from-1]
		if w.Quote >= 0 || w.Para != q.words[to].Para || q.words[from].SentStart {
			break
		}
		from--
	}
	return from, to
}

// rightFrame returns the word range [from, to) of the writer's words after
// passage i up to the end of the sentence or the next passage.
func (q *quoteDoc) rightFrame(i int) (int, int) {
	from := q.last[i] + 1
	if q.last[i] < 0 {
		return 0, 0
	}
	to := from
	for to < len(q.words) {
		w := q.words[to]
		if w.Quote >= 0 || w.Para != q.words[from-1].Para || to > from && w.SentStart || w.SentStart && to == from {
			break
		}
		to++
	}
	return from, to
}

// sameSentence reports whether passages i and j (i < j) stand in one
// writer's sentence: same paragraph and no sentence start between them.
func (q *quoteDoc) sameSentence(i, j int) bool {
	if q.passages[i].para != q.passages[j].para || q.last[i] < 0 || q.first[j] < 0 {
		return false
	}
	for wi := q.last[i] + 1; wi <= q.first[j]; wi++ {
		if q.words[wi].SentStart {
			return false
		}
	}
	return true
}

// afterPassage reports whether word wi directly follows a passage.
func (q *quoteDoc) afterPassage(wi int) bool {
	return wi > 0 && q.words[wi-1].Quote >= 0 && q.words[wi-1].Para == q.words[wi].Para
}

// endsSentence reports whether passage i, followed by the writer's word wi,
// closes a sentence: its words end with a full stop and wi is capitalized.
// After "!" or "?" a capitalized word usually names the speaker ("“No!”
// Smith said"), so those do not end the sentence here.
func (q *quoteDoc) endsSentence(i, wi int) bool {
	if !q.words[wi].capitalized() {
		return false
	}
	inner := q.text[q.passages[i].inner.Start:q.passages[i].inner.End]
	return len(inner) > 0 && inner[len(inner)-1] == '.'
}
