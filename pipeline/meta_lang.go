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

// scriptLanguage names the language of a text written mostly in a script
// used by one main language (or "zh" for Han without kana).
func scriptLanguage(text string) string {
	var han, kana, hangul, cyr, arabic, greek, hebrew, thai, letters int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Thai, r):
			thai++
		}
	}
	if letters == 0 {
		return ""
	}
	half := letters / 2
	switch {
	case kana > letters/10:
		return "ja"
	case han > half:
		return "zh"
	case hangul > half:
		return "ko"
	case cyr > half:
		return "ru"
	case arabic > half:
		return "ar"
	case greek > half:
		return "el"
	case hebrew > half:
		return "he"
	case thai > half:
		return "th"
	}
	return ""
}
