package nlp

import (
	_ "embed"
	"strings"
	"sync"
)

// basicEnglishText is Ogden's Basic English, 850 words, one a line: the
// word list behind the entity model's "en-wordlist" feature.
//
//go:embed data/basic_english.txt
var basicEnglishText string

// basicEnglish returns the Basic English words as a set (case as listed:
// "I" but "a"), built once per process.
var basicEnglish = sync.OnceValue(func() map[string]bool {
	words := strings.Fields(basicEnglishText)
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
})

// emoticonsText lists the emoticons the tagger tags SYM, one a line.
//
//go:embed data/emoticons.txt
var emoticonsText string

// emoticons returns the emoticons as a set, built once per process.
var emoticons = sync.OnceValue(func() map[string]bool {
	words := strings.Fields(emoticonsText)
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
})
