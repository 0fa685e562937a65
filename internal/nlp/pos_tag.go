package nlp

import (
	"math"
	"regexp"
	"strings"

	"github.com/jdkato/prose/v3/token"
)

var (
	// traceRe matches Penn Treebank trace markers ("*T*-1", "*", "0"),
	// tagged -NONE-.
	traceRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	// bracketRe matches escaped brackets ("-LRB-"), tagged as themselves.
	bracketRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag gives each token of toks (one paragraph) the part-of-speech tag
// prose's tagger (tag.Tagger.TagTokens) gives it: fixed tags for dashes,
// emoticons, handles, trace markers and escaped brackets, the model's tag
// for the words it knows, else the best score from the word, its
// neighbours two either side and the two previous tags.
func (m *posModel) tag(toks []token.Token) {
	if len(toks) == 0 {
		return
	}
	ctx := make([]string, len(toks)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range toks {
		ctx[i+2] = normalizeWord(t.Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p := &posPredictor{m: m, scores: make([]float32, len(m.tags)), ctx: ctx}
	p1, p2 := "-START-", "-START2-"
	for i := range toks {
		t, ok := m.fixedTag(toks[i].Text)
		if !ok {
			t = p.predict(i+2, toks[i].Text, p1, p2)
		}
		toks[i].Tag = t
		p2, p1 = p1, t
	}
}

// fixedTag returns the tag of a word that is not scored, if it is one.
func (m *posModel) fixedTag(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case emoticons()[word]:
		return "SYM", true
	case strings.HasPrefix(word, "@"):
		return "NN", true
	case (word == "0" || strings.HasPrefix(word, "*")) && traceRe.MatchString(word):
		return "-NONE-", true
	case len(word) == 5 && word[0] == '-' && bracketRe.MatchString(word):
		return word, true
	}
	if id, ok := m.known[word]; ok {
		return m.tags[id], true
	}
	return "", false
}

// posPredictor scores the tags of the words of one paragraph; ctx holds
// the normalized words with two start and two end markers.
type posPredictor struct {
	m      *posModel
	scores []float32
	key    []byte
	ctx    []string
}

// predict returns the best-scoring tag for word, ctx[i], after tags p1
// and p2, with prose's features in prose's order (float32 sums depend on
// it).
func (p *posPredictor) predict(i int, word, p1, p2 string) string {
	clear(p.scores)
	ctx := p.ctx
	p.feature("bias")
	p.feature("i suffix ", suffixOf(word))
	p.feature("i pref1 ", word[:min(len(word), 1)])
	p.feature("i-1 tag ", p1)
	p.feature("i-2 tag ", p2)
	p.feature("i tag+i-2 tag ", p1, " ", p2)
	p.feature("i word ", ctx[i])
	p.feature("i-1 tag+i word ", p1, " ", ctx[i])
	p.feature("i-1 word ", ctx[i-1])
	p.feature("i-1 suffix ", suffixOf(ctx[i-1]))
	p.feature("i-2 word ", ctx[i-2])
	p.feature("i+1 word ", ctx[i+1])
	p.feature("i+1 suffix ", suffixOf(ctx[i+1]))
	p.feature("i+2 word ", ctx[i+2])
	best, bestScore := -1, float32(math.Inf(-1))
	for t, s := range p.scores {
		if s > bestScore {
			best, bestScore = t, s
		}
	}
	if best < 0 {
		return ""
	}
	return p.m.tags[best]
}

// feature adds the weights of the feature named by parts joined.
func (p *posPredictor) feature(parts ...string) {
	p.key = p.key[:0]
	for _, s := range parts {
		p.key = append(p.key, s...)
	}
	p.m.addFeature(p.key, p.scores)
}

// suffixOf returns the last three bytes of w (all of a shorter w).
func suffixOf(w string) string {
	return w[max(0, len(w)-3):]
}

// normalizeWord is a word as the tagger's features see it: "!HYPHEN" for
// a hyphenated word (not one that starts with "-"), "!YEAR" for four
// characters of signed or unsigned digits, "!DIGITS" for anything else
// that starts with a digit, otherwise the word in lower case.
func normalizeWord(w string) string {
	switch {
	case w == "":
		return w
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN"
	case len(w) == 4 && isSignedDigits(w):
		return "!YEAR"
	case '0' <= w[0] && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isSignedDigits reports whether s is an optional sign and one or more
// ASCII digits.
func isSignedDigits(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
