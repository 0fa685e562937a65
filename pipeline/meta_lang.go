package pipeline

import (
	"strings"
	"unicode"
)

// stopwords are a few very common words of each language the detector
// knows, for texts in the Latin script.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "said", "he", "she", "they"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "auf", "sich", "auch", "für", "von"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "pour", "dans", "que", "qui", "pas", "sur", "du", "au"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "por", "una", "con", "para", "es", "se", "como", "pero"},
	"it": {"il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "della", "gli", "con", "del", "le"},
	"pt": {"o", "a", "os", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "foi"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "ook", "naar"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "juga", "ada", "adalah"},
}

// detectLanguage guesses the language of a text: by script for texts that
// are not in the Latin alphabet, by common words otherwise. It returns a
// two-letter code or "" when unsure.
func detectLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	if lang := scriptLanguage(text); lang != "" {
		return lang
	}
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	index := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			index[w] = append(index[w], lang)
		}
	}
	for _, w := range words {
		for _, lang := range index[w] {
			counts[lang]++
		}
	}
	best, bestN := "", 0
	for lang, n := range counts {
		if n > bestN || (n == bestN && lang < best) {
			best, bestN = lang, n
		}
	}
	if bestN < 5 || bestN*10 < len(words) {
		return ""
	}
	return best
}

// scriptLangs are the scripts written by one main language, in the order
// they are tried.
var scriptLangs = []struct {
	script *unicode.RangeTable
	lang   string
}{
	{unicode.Han, "zh"}, {unicode.Hangul, "ko"}, {unicode.Cyrillic, "ru"}, {unicode.Arabic, "ar"},
	{unicode.Greek, "el"}, {unicode.Hebrew, "he"}, {unicode.Thai, "th"},
}

// scriptLanguage names the language of a text written mostly (over half
// its letters) in a script used by one main language: "ja" when over a
// tenth of the letters are kana, "zh" for Han without them; "" otherwise.
func scriptLanguage(text string) string {
	counts := make([]int, len(scriptLangs))
	var kana, letters int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			kana++
			continue
		}
		for i, s := range scriptLangs {
			if unicode.Is(s.script, r) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 {
		return ""
	}
	if kana > letters/10 {
		return "ja"
	}
	for i, s := range scriptLangs {
		if counts[i] > letters/2 {
			return s.lang
		}
	}
	return ""
}
