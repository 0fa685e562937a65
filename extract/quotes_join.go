package extract

import "strings"

// joinParagraphQuotes merges the quotes of a passage that runs over several
// paragraphs into one Quote, as readers and annotators take it: a passage
// left open at a paragraph end and reopened at the start of the next
// paragraph continues there. The merged Quote's Span runs from the first
// paragraph's opening words to the last one's closing words, so Text is
// still exactly text[Start:End] (it holds the paragraph break and the
// reopening mark). Its speaker is the first found along the run; out and
// q.passages must be index-aligned. Words posted on a platform (a Venue
// such as "Twitter") stay one Quote per paragraph: a post's line breaks
// and a thread's posts are the writer's own divisions.
func (q *quoteDoc) joinParagraphQuotes(out []Quote) []Quote {
	if len(out) != len(q.passages) {
		return out
	}
	joined := make([]Quote, 0, len(out))
	for i, qt := range out {
		if i > 0 && len(joined) > 0 && q.continuesParagraph(i) && joined[len(joined)-1].Venue == "" {
			last := &joined[len(joined)-1]
			last.End = qt.End
			last.Text = q.text[last.Start:last.End]
			if last.Speaker == nil && qt.Speaker != nil {
				last.Speaker, last.SpeakerID, last.Attribution = qt.Speaker, qt.SpeakerID, qt.Attribution
				last.SpeakerSpan, last.Cue, last.CueSpan = qt.SpeakerSpan, qt.Cue, qt.CueSpan
			}
			last.Partial = last.Partial && qt.Partial
			continue
		}
		joined = append(joined, qt)
	}
	return joined
}

// continuesParagraph reports whether passage i reopens, at the start of
// its paragraph, the passage left open at the end of the paragraph before.
func (q *quoteDoc) continuesParagraph(i int) bool {
	p, prev := q.passages[i], q.passages[i-1]
	if !prev.unclosed || p.para != prev.para+1 || p.nested || prev.nested || p.open < prev.end() {
		return false
	}
	return strings.TrimSpace(q.text[prev.end():p.open]) == ""
}
