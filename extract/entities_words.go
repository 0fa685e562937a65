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
	// Poss is the index of the word that ends in a possessive joining it to
	// the next word ("People’s"), -1 when none.
	Poss int
	// Party is true when the last word is a lower-case "party".
	Party bool
	// Body is the number of capitalised words before a lower-case public
	// body noun that ends the run ("French foreign ministry"), else 0.
	Body int
	// Owned is true when the run is one word whose possessive ending is
	// part of the name ("Moody's said", "at Sainsbury's."): nothing is
	// owned after it, so the name is a business named after its founder.
	Owned bool
	// Credit is the lower-cased label glued before the run by an
	// underscore in a list of credits ("choreographer" in
	// "Choreographer_Jeong Hye Jin"), "" when none.
	Credit string
}

// connectors may stand inside a name between capitalised words.
var connectors = map[string]bool{
	"of": true, "for": true, "on": true, "the": true, "de": true, "da": true,
	"del": true, "della": true, "di": true, "do": true, "dos": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "du": true,
	"bin": true, "al": true, "el": true, "y": true, "&": true, "and": true,
	"upon": true, "los": true, "las": true,
}

// particles are connectors that stay inside a person's name ("Botic van de
// Zanschulp"); the others split a run that is not an organisation or place.
var particles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "di": true, "do": true,
	"dos": true, "van": true, "von": true, "der": true, "den": true, "la": true,
	"le": true, "du": true, "bin": true, "al": true, "el": true, "los": true,
	"las": true,
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

// capRuns finds every run of capitalised words in d. A possessive between
// two capitalised words ("People’s Daily") joins them; the caller decides
// whether the joint holds. Words glued by a lost line break ("NoemKristi")
// are cut apart.
func capRuns(d *nlp.Doc, known func(string) bool, bodyNoun func(string) bool) []run {
	var out []run
	vocab := wordVocab(d)
	for si, s := range d.Sentences {
		shout, title := sentenceCase(d, s)
		if shout {
			continue
		}
		i := s.First
		for i < s.Last {
			w, next, ok := capWordAt(d, s, i)
			if !ok {
				i++
				continue
			}
			r := run{Words: []nameWord{w}, Sentence: si, Poss: -1}
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
				if r.Poss < 0 && possessiveJoint(d, s, i) {
					last := &r.Words[len(r.Words)-1]
					last.End = d.Tokens[i].End()
					last.Text = d.Text[last.Start:last.End]
					r.Poss = len(r.Words) - 1
					i++
					continue
				}
				break
			}
			if i < s.Last && len(r.Words) == 1 && r.Poss < 0 && ownedName(d, s, i) {
				last := &r.Words[0]
				last.End = d.Tokens[i].End()
				last.Text = d.Text[last.Start:last.End]
				r.Owned = true
				i++
			}
			if i+1 < s.Last && r.Words[len(r.Words)-1].Text == "Washington" && d.Tokens[i].Text == "," &&
				(d.Tokens[i+1].Text == "D.C." || d.Tokens[i+1].Text == "DC") {
				// "Washington, D.C." is one name.
				last := &r.Words[len(r.Words)-1]
				last.End = d.Tokens[i+1].End()
				last.Text = d.Text[last.Start:last.End]
				i += 2
			}
			if n, k := bodyNounAt(d, s, i, bodyNoun); n > 0 {
				// "French foreign ministry", "Russia's foreign ministry".
				r.Body = len(r.Words)
				for j := i; j < i+n; j++ {
					t := d.Tokens[j]
					if j == i && k {
						last := &r.Words[len(r.Words)-1]
						last.End = t.End()
						last.Text = d.Text[last.Start:last.End]
						continue
					}
					r.Words = append(r.Words, nameWord{Text: t.Text, Start: t.Start, End: t.End(), Tok: j})
				}
				i += n
			}
			if i < s.Last && d.Tokens[i].Text == "party" {
				// "the Communist party": the lower-case noun may be part of the name.
				t := d.Tokens[i]
				r.Words = append(r.Words, nameWord{Text: t.Text, Start: t.Start, End: t.End(), Tok: i})
				r.Party = true
				i++
			}
			if i < s.Last && len(r.Words) == 1 && roadHeads[r.Words[0].Text] && isDigits(d.Tokens[i].Text) {
				// "Interstate 75": the number is part of the road's name.
				t := d.Tokens[i]
				r.Words = append(r.Words, nameWord{Text: t.Text, Start: t.Start, End: t.End(), Tok: i})
				i++
			}
			r.Next = i
			for k := range r.Words {
				r.Words[k].Initial = r.Words[k].Initial || title
			}
			out = append(out, cutGlued(r, vocab, known)...)
		}
	}
	return out
}

// bodyNounAt returns the number of tokens from i that make a public body
// noun ("foreign ministry"), counting a glued possessive before it, and
// whether that possessive is there; 0 when none.
func bodyNounAt(d *nlp.Doc, s nlp.Sentence, i int, bodyNoun func(string) bool) (int, bool) {
	poss := false
	j := i
	if j < s.Last && (d.Tokens[j].Text == "’s" || d.Tokens[j].Text == "'s") && j > 0 && d.Tokens[j-1].End() == d.Tokens[j].Start {
		poss = true
		j++
	}
	for n := 3; n > 0; n-- {
		if j+n > s.Last {
			continue
		}
		var words []string
		for k := j; k < j+n; k++ {
			words = append(words, d.Tokens[k].Text)
		}
		if bodyNoun(strings.Join(words, " ")) && isLowerWord(words[0]) {
			if poss {
				return n + 1, true
			}
			return n, false
		}
	}
	return 0, false
}

// possessiveJoint reports whether token i is a possessive glued to the word
// before it and followed by a capitalised word.
func possessiveJoint(d *nlp.Doc, s nlp.Sentence, i int) bool {
	t := d.Tokens[i]
	if (t.Text != "’s" && t.Text != "'s") || i+1 >= s.Last || d.Tokens[i-1].End() != t.Start {
		return false
	}
	_, _, ok := capWordAt(d, s, i+1)
	return ok
}

// ownedName reports whether token i is a possessive glued to the word before
// it that owns nothing: a verb, a conjunction, a preposition or punctuation
// follows, as in "Moody's said" or "shops at Sainsbury's and Tesco".
func ownedName(d *nlp.Doc, s nlp.Sentence, i int) bool {
	t := d.Tokens[i]
	if (t.Text != "’s" && t.Text != "'s") || i == 0 || d.Tokens[i-1].End() != t.Start || !strings.HasPrefix(d.Tokens[i-1].Tag, "NNP") {
		return false // "He's" is a pronoun's contraction
	}
	if standsBare(d, d.Tokens[i-1].Text) {
		return false // "Smith said … Smith's and": a person's possessive
	}
	if i+1 >= s.Last {
		return true
	}
	n := d.Tokens[i+1]
	switch {
	case n.Text == "," || n.Text == "." || n.Text == ";" || n.Text == ":":
		return true
	case n.Tag == "VBD" || n.Tag == "VBZ" || n.Tag == "MD" || n.Tag == "CC" || n.Tag == "IN":
		return isLowerWord(n.Text)
	}
	return false
}

// standsBare reports whether word w appears in d without a possessive
// glued after it.
func standsBare(d *nlp.Doc, w string) bool {
	for j, t := range d.Tokens {
		if t.Text != w {
			continue
		}
		if j+1 >= len(d.Tokens) || !isPossessive(d.Tokens[j+1].Text) || d.Tokens[j+1].Start != t.End() {
			return true
		}
	}
	return false
}

// wordVocab returns the set of word tokens of d.
func wordVocab(d *nlp.Doc) map[string]bool {
	v := map[string]bool{}
	for _, t := range d.Tokens {
		v[t.Text] = true
	}
	return v
}

// cutGlued splits r where a word is two names glued together, a lower-case
// letter followed by a capital ("NoemKristi"), when either half stands
// alone elsewhere in the text.
func cutGlued(r run, vocab map[string]bool, known func(string) bool) []run {
	for k, w := range r.Words {
		at := gluePoint(w.Text)
		if at < 0 || !(vocab[w.Text[:at]] || vocab[w.Text[at:]] || w.Text[at-1] == '_') {
			at = hyphenPoint(w.Text, known)
		}
		if at < 0 {
			continue
		}
		lt := strings.TrimRight(w.Text[:at], "_-")
		if w.Text[at-1] == '_' {
			// "Costume Design_Lee Ho Jun": a credit's label before the name.
			r.Credit = strings.ToLower(lt)
			r.Words[k] = nameWord{Text: w.Text[at:], Start: w.Start + at, End: w.End, Tok: w.Tok}
			r.Words = r.Words[k:]
			r.Poss = max(r.Poss-k, -1)
			if r.Body > 0 {
				r.Body -= k
			}
			return cutGlued(r, vocab, known)
		}
		left := run{Words: append(append([]nameWord{}, r.Words[:k]...), nameWord{Text: lt, Start: w.Start, End: w.Start + len(lt), Initial: w.Initial, Tok: w.Tok}),
			Sentence: r.Sentence, Poss: -1, Next: w.Tok}
		if r.Poss >= 0 && r.Poss < k {
			left.Poss = r.Poss
		}
		right := run{Words: append([]nameWord{{Text: w.Text[at:], Start: w.Start + at, End: w.End, Tok: w.Tok}}, r.Words[k+1:]...),
			Sentence: r.Sentence, Poss: -1, Next: r.Next, Party: r.Party}
		if r.Poss > k {
			right.Poss = r.Poss - k
		}
		return append([]run{left}, cutGlued(right, vocab, known)...)
	}
	return []run{r}
}

// hyphenPoint returns the index after the hyphen of a word that joins two
// listed names ("US-China"), else -1.
func hyphenPoint(w string, known func(string) bool) int {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || !known(w[:i]) || !known(w[i+1:]) {
		return -1
	}
	return i + 1
}

// gluePoint returns the byte index where a capital follows a lower-case
// letter inside w, both halves at least three letters long, else -1.
func gluePoint(w string) int {
	if i := strings.LastIndexByte(w, '_'); i > 0 && i+1 < len(w) && isCapWord(w[i+1:]) {
		return i + 1
	}
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower && i >= 3 && len(w)-i >= 3 {
			return i
		}
		prevLower = unicode.IsLower(r)
	}
	return -1
}

// functionWords stay lower case in headlines written in title case.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "for": true,
	"to": true, "and": true, "or": true, "at": true, "by": true, "with": true, "from": true,
	"as": true, "vs": true, "via": true,
}

// sentenceCase reports whether a sentence is shouted (mostly words in
// capitals) or written in title case (every content word capitalised, as in
// headlines and link lists): in both, capitals say little about names.
func sentenceCase(d *nlp.Doc, s nlp.Sentence) (shout, title bool) {
	words, caps, upper := 0, 0, 0
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i].Text
		if !isWord(t) || functionWords[t] {
			continue
		}
		words++
		if isCapWord(t) {
			caps++
		}
		if utf8.RuneCountInString(t) > 1 && strings.ToUpper(t) == t {
			upper++
		}
	}
	shout = upper >= 3 && upper*2 >= words
	title = words >= 3 && caps == words
	return shout, title
}

// capWordAt returns the capitalised word at token i of sentence s, joining an
// initial and its full stop, and the index of the token after it.
func capWordAt(d *nlp.Doc, s nlp.Sentence, i int) (nameWord, int, bool) {
	t := d.Tokens[i]
	if !isCapWord(t.Text) || !isWord(t.Text) || isAmount(t.Text) {
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

// currencySigns mark a token as an amount of money, never a name.
const currencySigns = "$£€¥₹₩₽₪₺"

// isAmount reports whether token s is an amount rather than a word: it holds
// a currency sign ("A$1.8bn", "US$", "HK$") or a currency prefix glued to
// digits.
func isAmount(s string) bool {
	return strings.ContainsAny(s, currencySigns)
}

// trimWordEnd drops trailing apostrophes and quote marks glued to a word,
// and a lower-case tail after a dash ("Eco–level", "Dakota-based").
func trimWordEnd(s string) string {
	if i := strings.IndexAny(s, "–—"); i > 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '-'); i > 0 && dashTails[s[i+1:]] {
		s = s[:i]
	}
	if i := strings.Index(s, "["); i > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		s = s[:i] // "Auckland.[141": a citation mark glued to the word
	}
	s = strings.TrimRight(s, "'’‘\"“”,;:<>()[]")
	if strings.Count(s, ".") == 1 && strings.HasSuffix(s, ".") && len(s) >= 4 && !abbreviations[s] {
		s = s[:len(s)-1] // "Tor." at the end of a sentence the tokenizer kept whole
		s = strings.TrimRight(s, "'’‘\"“”,;:<>()[]")
	}
	return s
}

// abbreviations keep their full stop.
var abbreviations = map[string]bool{
	"Inc.": true, "Corp.": true, "Bros.": true, "Ltd.": true, "Prof.": true, "Capt.": true,
	"Gov.": true, "Sgt.": true, "Cmdr.": true, "Sept.": true, "Assn.": true, "Dept.": true,
	"Univ.": true, "Mass.": true, "Calif.": true, "Conn.": true, "Penn.": true, "Wash.": true,
	"Gen.": true, "Sen.": true, "Rep.": true, "Col.": true, "Ave.": true, "Blvd.": true,
	"Fla.": true, "Ariz.": true, "Ore.": true, "Nev.": true, "Tex.": true, "Jan.": true,
	"Feb.": true, "Aug.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Maj.": true,
	"Adm.": true, "Vol.": true, "Mrs.": true, "Rev.": true, "Det.": true, "Supt.": true,
}

// dashTails are lower-case words that follow a name after a hyphen and are
// not part of it.
var dashTails = map[string]bool{
	"based": true, "sized": true, "born": true, "style": true, "like": true, "led": true,
	"backed": true, "owned": true, "era": true, "level": true, "type": true, "bound": true,
	"made": true, "run": true, "funded": true, "linked": true, "related": true, "wide": true,
	"area": true, "class": true, "specific": true, "centric": true, "listed": true,
	"controlled": true, "held": true, "dominated": true, "majority": true, "supporting": true,
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
	p := d.Tokens[i-1]
	if p.Text == "\"" || p.Text == "'" {
		return p.End() == d.Tokens[i].Start // an opening mark is glued to its word
	}
	return openers[p.Text]
}
