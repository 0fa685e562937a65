package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// nameWord is one word of a capitalised run: its text and byte range. An
// initial split by the tokenizer ("E" ".") is one nameWord "E.".
type nameWord struct {
	Text       string
	Start, End int
	// Initial is true when the word opens a sentence, a quotation or a
	// clause after a colon, where any word is capitalised.
	Initial bool
	// Tok is the index of the word's first token in Doc.Tokens.
	Tok int
}

// run is a maximal sequence of capitalised words (with connectors such as
// "of" between them) inside one sentence.
type run struct {
	Words []nameWord
	// Sentence is the index of the sentence holding the run.
	Sentence int
	// Next is the index of the first token after the run.
	Next int
}

// connectors may stand inside a name between capitalised words.
var connectors = map[string]bool{
	"of": true, "for": true, "on": true, "the": true, "de": true, "da": true,
	"del": true, "della": true, "di": true, "do": true, "dos": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "du": true,
	"bin": true, "al": true, "el": true, "y": true, "&": true, "and": true,
	"upon": true,
}

// particles are connectors that stay inside a person's name ("Botic van de
// Zanschulp"); the others split a run that is not an organisation or place.
var particles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "di": true, "do": true,
	"dos": true, "van": true, "von": true, "der": true, "den": true, "la": true,
	"le": true, "du": true, "bin": true, "al": true, "el": true,
}

// openers are tokens after which the next word is capitalised anyway.
var openers = map[string]bool{
	"“": true, "\"": true, "‘": true, "'": true, "(": true, "[": true, ":": true,
	"—": true, "–": true, "-": true, "…": true, ".": true, "?": true, "!": true,
	"•": true, "*": true, "|": true, ";": true,
}

// isCapWord reports whether s is a word that starts with a capital letter.
func isCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isWord reports whether s holds at least one letter.
func isWord(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isAcronym reports whether s is two or more capitals (dots allowed:
// "U.S.", "BBC").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return n >= 2
}

// isPossessive reports whether token text is a possessive ending.
func isPossessive(s string) bool {
	return s == "’s" || s == "'s" || s == "’" || s == "'" || s == "s’" || s == "s'"
}

// capRuns finds every run of capitalised words in d.
func capRuns(d *nlp.Doc) []run {
	var out []run
	for si, s := range d.Sentences {
		i := s.First
		for i < s.Last {
			w, next, ok := capWordAt(d, s, i)
			if !ok {
				i++
				continue
			}
			r := run{Words: []nameWord{w}, Sentence: si}
			i = next
			for i < s.Last {
				if w, nx, ok := capWordAt(d, s, i); ok {
					r.Words = append(r.Words, w)
					i = nx
					continue
				}
				if ws, nx, ok := connectorAt(d, s, i); ok {
					r.Words = append(r.Words, ws...)
					i = nx
					continue
				}
				break
			}
			r.Next = i
			out = append(out, r)
		}
	}
	return out
}

// capWordAt returns the capitalised word at token i of sentence s, joining an
// initial and its full stop, and the index of the token after it.
func capWordAt(d *nlp.Doc, s nlp.Sentence, i int) (nameWord, int, bool) {
	t := d.Tokens[i]
	if !isCapWord(t.Text) || !isWord(t.Text) {
		return nameWord{}, i, false
	}
	w := nameWord{Text: trimWordEnd(t.Text), Start: t.Start, Tok: i, Initial: isInitialPos(d, s, i)}
	w.End = w.Start + len(w.Text)
	next := i + 1
	// "E" "." → "E." when the stop is glued to the letter and a name follows.
	if utf8.RuneCountInString(t.Text) == 1 && next+1 < s.Last && d.Tokens[next].Text == "." &&
		d.Tokens[next].Start == t.End() && isCapWord(d.Tokens[next+1].Text) {
		w.Text = d.Text[t.Start : t.End()+1]
		w.End = t.End() + 1
		next++
	}
	if w.Text == "" {
		return nameWord{}, i, false
	}
	return w, next, true
}

// trimWordEnd drops trailing apostrophes and quote marks glued to a word.
func trimWordEnd(s string) string {
	return strings.TrimRight(s, "'’‘\"“”,;:")
}

// connectorAt returns the connector words at token i when a capitalised word
// follows them ("of", "of the"), and the index of that capitalised word.
func connectorAt(d *nlp.Doc, s nlp.Sentence, i int) ([]nameWord, int, bool) {
	j := i
	var ws []nameWord
	for j < s.Last && len(ws) < 2 && connectors[d.Tokens[j].Text] {
		t := d.Tokens[j]
		ws = append(ws, nameWord{Text: t.Text, Start: t.Start, End: t.End(), Tok: j})
		j++
	}
	if len(ws) == 0 || j >= s.Last {
		return nil, i, false
	}
	if _, _, ok := capWordAt(d, s, j); !ok {
		return nil, i, false
	}
	return ws, j, true
}

// isInitialPos reports whether token i opens its sentence, a quotation or a
// clause, where capitals say nothing about names.
func isInitialPos(d *nlp.Doc, s nlp.Sentence, i int) bool {
	if i == s.First {
		return true
	}
	return openers[d.Tokens[i-1].Text]
}
