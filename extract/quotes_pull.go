package extract

import (
	"strings"
	"unicode"
)

// attributePullQuotes gives a quoted subheading or pull-quote (a passage
// standing alone as its paragraph, with no speaker found) the speaker of
// the quote nearest to it whose words it repeats: such lines reproduce
// words the article quotes in full elsewhere.
func (q *quoteDoc) attributePullQuotes(out []Quote) {
	for i := range out {
		if out[i].Speaker != nil || !q.standsAlone(i) {
			continue
		}
		words := quoteWords(out[i].Text)
		if len(words) == 0 {
			continue
		}
		best, bestDist := -1, 0
		for j := range out {
			if j == i || out[j].Speaker == nil || out[j].Attribution == ByContinuation && q.standsAlone(j) {
				continue
			}
			if !containsRun(quoteWords(out[j].Text), words) {
				continue
			}
			dist := max(q.passages[j].para-q.passages[i].para, q.passages[i].para-q.passages[j].para)
			if best < 0 || dist < bestDist {
				best, bestDist = j, dist
			}
		}
		if best >= 0 {
			name := *out[best].Speaker
			out[i].Speaker, out[i].SpeakerID, out[i].Attribution = &name, out[best].SpeakerID, ByContinuation
		}
	}
}

// standsAlone reports whether passage i fills its paragraph, but for a
// list number before it ("6. “The Gordon problem”").
func (q *quoteDoc) standsAlone(i int) bool {
	p := q.passages[i]
	para := q.d.Paragraphs[p.para]
	before := strings.TrimRightFunc(q.text[para.Start:p.open], unicode.IsSpace)
	before = strings.TrimRight(before, "0123456789.)")
	after := strings.TrimSpace(q.text[p.end():para.End])
	return strings.TrimSpace(before) == "" && strings.Trim(after, ".") == ""
}

// quoteWords lower-cases s into its words, quotes and punctuation dropped.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun reports whether run appears in ws as consecutive words.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		ok := true
		for k := range run {
			if ws[i+k] != run[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
