package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Entity types.
const (
	TypePerson = "PERSON"
	TypeOrg    = "ORG"
	TypeGPE    = "GPE"
	TypeLoc    = "LOC"
)

// Evidence strengths for a mention's type, weakest first.
const (
	evNone   = iota // shape alone: a capitalised run with no other cue
	evWeak          // the recogniser's label or a context word
	evShape         // a given name, an acronym, a "X council"
	evStrong        // a word list, an honorific or title, an org or place suffix
)

// orgLists are the word lists that name organisations, with the subtype
// each gives.
var orgLists = []struct{ list, subtype string }{
	{"parties", "party"},
	{"outlets", "outlet"},
	{"platforms", "platform"},
	{"public_bodies", "public_body"},
	{"companies", "company"},
}

// entityLex gives the entity extractor fast access to its word lists.
type entityLex struct {
	// doc is the article being read; its recogniser labels break ties.
	doc *nlp.Doc
	// lowerSeen holds the words the article writes in lower case.
	lowerSeen                 map[string]bool
	lex                       *Lexicon
	honorifics, titles        *List
	places, placeAliases      *List
	orgSuffixes, orgHeads     *List
	placeSuffixes, placeHeads *List
	nationalities, firstNames *List
	commonCaps, acronymStop   *List
	miscSuffixes, roles       *List
	bodyNouns                 *List
	orgNouns, workNouns       *List
	// titleWords holds the capitalised words of works' titles found in
	// the article.
	titleWords map[string]bool
	// things holds names found to name things, not entities.
	things map[string]bool
	// vocab holds every token of the article, built on first use.
	vocab    map[string]bool
	maxWords int
}

func newEntityLex(lex *Lexicon) *entityLex {
	if lex == nil {
		lex = DefaultLexicon()
	}
	x := &entityLex{
		lex:           lex,
		honorifics:    lex.List("honorifics"),
		titles:        lex.List("titles"),
		places:        lex.List("places"),
		placeAliases:  lex.List("place_aliases"),
		orgSuffixes:   lex.List("org_suffixes"),
		orgHeads:      lex.List("org_heads"),
		placeSuffixes: lex.List("place_suffixes"),
		placeHeads:    lex.List("place_heads"),
		nationalities: lex.List("nationalities"),
		firstNames:    lex.List("first_names"),
		commonCaps:    lex.List("common_caps"),
		acronymStop:   lex.List("acronym_stop"),
		miscSuffixes:  lex.List("misc_suffixes"),
		roles:         lex.List("role_nouns"),
		bodyNouns:     lex.List("state_bodies"),
		orgNouns:      lex.List("org_nouns"),
		workNouns:     lex.List("work_nouns"),
	}
	x.maxWords = max(x.places.MaxWords(), x.titles.MaxWords(), x.honorifics.MaxWords())
	for _, o := range orgLists {
		x.maxWords = max(x.maxWords, lex.List(o.list).MaxWords())
	}
	return x
}

// known looks phrase up in the organisation and place lists and returns its
// type, subtype and grouping key.
func (x *entityLex) known(phrase string) (typ, sub, key string, ok bool) {
	for _, o := range orgLists {
		if v, ok := listed(x.lex.List(o.list), phrase); ok {
			if v == "" {
				v = phrase
			}
			return TypeOrg, o.subtype, normKey(v, o.subtype), true
		}
	}
	if v, ok := listed(x.places, phrase); ok {
		v, _, _ = strings.Cut(v, " ") // "GPE country"
		if v == "" {
			v = TypeGPE
		}
		return v, "", x.placeKey(phrase), true
	}
	if v, ok := listed(x.placeAliases, phrase); ok {
		t, _, _, _ := x.known(v)
		if t == "" {
			t = TypeGPE
		}
		return t, "", strings.ToLower(v), true
	}
	return "", "", "", false
}

// isCountry reports whether phrase is a listed country ("Spain", "US"), or
// an alias of one.
func (x *entityLex) isCountry(phrase string) bool {
	if a, ok := listed(x.placeAliases, phrase); ok && a != "" {
		phrase = a
	}
	v, ok := listed(x.places, phrase)
	return ok && strings.HasSuffix(v, " country")
}

// listed looks phrase up in l; an entry written in capitals ("WHO", "US")
// matches only capitals, so "Who" and "Us" are not listed.
func listed(l *List, phrase string) (string, bool) {
	v, ok := l.Value(phrase)
	if !ok {
		return "", false
	}
	if o, _ := l.Original(phrase); o != phrase && isAcronym(o) {
		return "", false
	}
	return v, true
}

// isKnown reports whether phrase is a listed organisation or place.
func (x *entityLex) isKnown(phrase string) bool {
	_, _, _, ok := x.known(phrase)
	return ok
}

// placeKey groups the spellings of one place.
func (x *entityLex) placeKey(phrase string) string {
	if v, ok := x.placeAliases.Value(phrase); ok {
		return strings.ToLower(v)
	}
	return strings.ToLower(phrase)
}

// title returns the longest honorific or title phrase starting at words[i]
// and its length in words (0 when none).
func (x *entityLex) title(words []nameWord, i int) (string, bool, int) {
	for n := min(len(words)-i, max(x.titles.MaxWords(), x.honorifics.MaxWords())); n > 0; n-- {
		p := joinWords(words[i : i+n])
		if x.honorifics.Has(p) {
			return p, true, n
		}
		if x.titles.Has(p) {
			return p, false, n
		}
	}
	return "", false, 0
}

// knownAt returns the longest listed organisation or place starting at
// words[i] and its length in words.
func (x *entityLex) knownAt(words []nameWord, i int) int {
	for n := min(len(words)-i, x.maxWords); n > 0; n-- {
		if _, _, _, ok := x.known(joinWords(words[i : i+n])); ok {
			return n
		}
	}
	return 0
}

// joinWords joins the words' texts with single spaces.
func joinWords(ws []nameWord) string {
	var b strings.Builder
	n := len(ws)
	for _, w := range ws {
		n += len(w.Text)
	}
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}
