package pipeline

import (
	"strings"
	"unicode/utf8"
)

// splitHeadline takes a headline off the top of a plain-text article: a
// first paragraph of at most 20 words that ends without sentence
// punctuation, followed by a longer paragraph that does (prose). It
// returns the headline ("" when there is none) and the remaining
// paragraphs.
func splitHeadline(paras []string) (string, []string) {
	if len(paras) < 2 {
		return "", paras
	}
	first := paras[0]
	if len(strings.Fields(first)) > 20 || len(paras[1]) <= len(first) {
		return "", paras
	}
	if endsSentence(first) || !endsSentence(paras[1]) {
		return "", paras
	}
	return first, paras[1:]
}

// endsSentence reports whether s ends with sentence punctuation, closing
// quotes and brackets included.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;,\"”’)…", last)
}
