package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frameWord is one word or punctuation mark of the writer's text around quotes.
type frameWord struct {
	Text  string
	Start int
	End   int
	Punct bool // a punctuation mark, not a word
	Para  int
	// Quote is the index of the top-level passage holding the word, or -1
	// for the writer's own words.
	Quote int
	// SentStart marks the first word of a writer's sentence.
	SentStart bool
}

// lower returns the word in lower case with curly apostrophes made straight.
func (w frameWord) lower() string {
	return strings.ToLower(strings.ReplaceAll(w.Text, "’", "'"))
}

// capitalized reports whether the word starts with an upper-case letter.
func (w frameWord) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r)
}

// bare returns the word without a trailing possessive ("Keir’s" → "Keir").
func (w frameWord) bare() string {
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w.Text, s) && len(w.Text) > len(s) {
			return w.Text[:len(w.Text)-len(s)]
		}
	}
	return w.Text
}

// possessive reports whether the word ends in a possessive "’s".
func (w frameWord) possessive() bool { return w.bare() != w.Text }

// tokenizeWords splits text[p.Start:p.End] into words and punctuation.
// A word is a run of letters and digits with inner apostrophes, hyphens,
// dots and "@"/"#" prefixes ("Hau-yip", "U.S.", "didn’t", "@user"); a word
// ending in a dot keeps it only when it looks like an abbreviation.
func tokenizeWords(text string, p Span, pi int) []frameWord {
	var out []frameWord
	for i := p.Start; i < p.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || (r == '@' || r == '#') && i+n < p.End:
			j := wordEnd(text, i+n, p.End)
			out = append(out, frameWord{Text: text[i:j], Start: i, End: j, Para: pi, Quote: -1})
			i = j
		default:
			out = append(out, frameWord{Text: text[i : i+n], Start: i, End: i + n, Punct: true, Para: pi, Quote: -1})
			i += n
		}
	}
	return out
}

// isWordRune reports whether r is a letter or digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns the end of the word continuing at i.
func wordEnd(text string, i, hi int) int {
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += n
			continue
		}
		if r == '’' || r == '\'' || r == '-' || r == '.' {
			nr := runeAfter(text, i+n, hi)
			if isWordRune(nr) {
				i += n
				continue
			}
			if r == '.' && isAbbrev(text, i) {
				return i + n
			}
		}
		break
	}
	return i
}

// isAbbrev reports whether the dot at i ends an abbreviation: a single
// letter ("A.", "U.S.") or a short title ("Mr.", "Gov.", "Jr.").
func isAbbrev(text string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	w := text[j:i]
	if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "jr", "sr", "st", "lt", "gen", "col", "capt", "sgt", "rev", "hon", "supt", "insp", "det", "no", "vs", "pres", "atty":
		return true
	}
	return false
}
