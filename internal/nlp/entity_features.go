package nlp

import (
	"math"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v3/token"
)

// entityFeatures names the model's features in the order prose adds up
// their weights; float32 sums depend on that order, so it is kept.
var entityFeatures = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// featValue is one feature's value as parts joined without copying: the
// key looked up is "name-" + a + sep + b.
type featValue struct{ a, sep, b string }

// label gives each token of win the label prose's recogniser
// (ner.Extracter.Label) gives it when run over win alone: every token is
// scored on its own word, its neighbours inside win and the previous
// token's label, and takes the best-scoring label.
func (m *entityModel) label(win []token.Token) {
	scores := make([]float32, len(m.labels))
	lower := make([]string, len(win))
	for i, t := range win {
		lower[i] = strings.ToLower(t.Text)
	}
	var key []byte
	var vals [len(entityFeatures)]featValue
	prevTag := "None"
	for i := range win {
		tokenFeatures(&vals, win, lower, i, prevTag)
		clear(scores)
		for f, name := range entityFeatures {
			v := &vals[f]
			key = append(append(key[:0], name...), '-')
			key = append(append(append(key, v.a...), v.sep...), v.b...)
			m.addRow(key, scores)
		}
		best, bestScore := 0, float32(math.Inf(-1))
		for l, s := range scores {
			if s > bestScore {
				best, bestScore = l, s
			}
		}
		win[i].Label = m.labels[best]
		prevTag = labelPrefix(m.labels[best])
	}
}

// tokenFeatures fills vals, in entityFeatures order, with the features of
// win[i]; lower holds the lower-cased token texts and prevTag the
// shortened label of win[i-1] ("None" at i == 0). As in prose, the shape
// of the previous word counts only from the third token of the window on.
func tokenFeatures(vals *[len(entityFeatures)]featValue, win []token.Token, lower []string, i int, prevTag string) {
	word := win[i].Text
	n3 := min(len(word), 3)
	prevWord, prevPos, prevShape := "None", "None", "None"
	if i > 0 {
		prevWord, prevPos = lower[i-1], win[i-1].Tag
	}
	if i > 1 {
		prevShape = wordShape(win[i-1].Text)
	}
	nextWord, nextPos := "None", "None"
	if i < len(win)-1 {
		nextWord, nextPos = lower[i+1], strings.ToLower(win[i+1].Tag)
	}
	wordlist := "False"
	if basicEnglish()[word] {
		wordlist = "True"
	}
	*vals = [len(entityFeatures)]featValue{
		{a: "True"},                     // bias
		{a: wordlist},                   // en-wordlist
		{a: nextPos},                    // nextpos
		{a: nextWord},                   // nextword
		{a: win[i].Tag},                 // pos
		{win[i].Tag, "+", prevTag},      // pos+prevtag
		{a: strings.ToLower(word[:n3])}, // prefix3
		{a: prevPos},                    // prevpos
		{a: prevTag},                    // prevtag
		{a: prevWord},                   // prevword
		{a: wordShape(word)},            // shape
		{prevShape, "+", prevTag},       // shape+prevtag
		{a: strings.ToLower(word[len(word)-n3:])}, // suffix3
		{a: word},                    // word
		{lower[i], "+", nextPos},     // word+nextpos
		{a: lower[i]},                // word.lower
		{a: strconv.Itoa(len(word))}, // wordlen
	}
}

// labelPrefix shortens a label the way the model's history feature
// expects: "B-PERSON" → "B", "O" → "O" (and any verb-like "V…" → "v").
func labelPrefix(l string) string {
	if strings.HasPrefix(l, "V") {
		return "v"
	}
	if i := strings.IndexByte(l, '-'); i >= 0 {
		return l[:i]
	}
	return l
}

// wordShape classes a word as the model's shape feature does: "number"
// (a Go float literal), "punct" (ends in a character other than an ASCII
// letter, digit or underscore), "downcase", "upcase" (title case),
// "mixedcase", or "other" (empty).
func wordShape(w string) string {
	switch {
	case isNumber(w):
		return "number"
	case w == "":
		return "other"
	case !isWordByte(w[len(w)-1]):
		return "punct"
	case strings.ToLower(w) == w:
		return "downcase"
	case strings.Title(w) == w: //nolint:staticcheck // the model was trained on this exact title-casing
		return "upcase"
	}
	return "mixedcase"
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isNumber reports whether strconv.ParseFloat accepts s. Without a digit
// only the infinities and NaN parse, so most words skip the parser (and
// the error it allocates).
func isNumber(s string) bool {
	if strings.IndexFunc(s, func(r rune) bool { return '0' <= r && r <= '9' }) < 0 {
		t := strings.TrimLeft(s, "+-")
		if len(s)-len(t) > 1 || strings.IndexFunc(t, func(r rune) bool { return r >= 0x80 }) >= 0 {
			return false // ParseFloat folds ASCII letters only
		}
		switch strings.ToLower(t) {
		case "inf", "infinity":
			return true
		case "nan":
			return t == s
		}
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}
