package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// List is one word list: phrases (matched without regard to case) each
// with an optional value ("tories = Conservatives" maps an alias to its
// canonical name; "mr = male" gives an honorific's gender).
type List struct {
	entries  map[string]string
	original map[string]string
	maxWords int
}

// Has reports whether phrase is on the list, ignoring case.
func (l *List) Has(phrase string) bool {
	if l == nil {
		return false
	}
	_, ok := lookupLower(l.entries, phrase)
	return ok
}

// Value returns the value given to phrase, and whether phrase is listed.
func (l *List) Value(phrase string) (string, bool) {
	if l == nil {
		return "", false
	}
	return lookupLower(l.entries, phrase)
}

// Original returns phrase as the list spells it (its case), and whether it
// is listed.
func (l *List) Original(phrase string) (string, bool) {
	if l == nil {
		return "", false
	}
	return lookupLower(l.original, phrase)
}

// lookupLower looks phrase up in m in lower case, as m[strings.ToLower(phrase)]
// does, but lowers short ASCII phrases on the stack instead of copying
// them: the entity, quote and number scanners look up many phrases.
func lookupLower(m map[string]string, phrase string) (string, bool) {
	var buf [64]byte
	if len(phrase) > len(buf) {
		v, ok := m[strings.ToLower(phrase)]
		return v, ok
	}
	b := buf[:len(phrase)]
	for i := 0; i < len(phrase); i++ {
		c := phrase[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(phrase)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)]
	return v, ok
}

// MaxWords is the number of space-separated words in the longest phrase,
// the most a caller needs to look ahead when matching.
func (l *List) MaxWords() int {
	if l == nil {
		return 0
	}
	return l.maxWords
}

// Len is the number of phrases on the list.
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// Phrases returns the listed phrases as spelled, sorted.
func (l *List) Phrases() []string {
	if l == nil {
		return nil
	}
	out := make([]string, 0, len(l.original))
	for _, v := range l.original {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func (l *List) add(phrase, value string) {
	phrase = strings.Join(strings.Fields(phrase), " ")
	if phrase == "" {
		return
	}
	k := strings.ToLower(phrase)
	l.entries[k] = value
	l.original[k] = phrase
	l.maxWords = max(l.maxWords, strings.Count(phrase, " ")+1)
}

func (l *List) remove(phrase string) {
	k := strings.ToLower(strings.Join(strings.Fields(phrase), " "))
	delete(l.entries, k)
	delete(l.original, k)
}

func (l *List) clone() *List {
	c := newList()
	for k, v := range l.entries {
		c.entries[k] = v
		c.original[k] = l.original[k]
	}
	c.maxWords = l.maxWords
	return c
}

func newList() *List {
	return &List{entries: map[string]string{}, original: map[string]string{}}
}

// Lexicon is the set of named word lists the extractors use: speech cues,
// honorifics, parties, outlets, aliases, metrics, units and the rest. The
// embedded lists live in extract/data/<name>.txt; a rules file adds to or
// removes from them. A Lexicon is read-only once built and safe to share.
type Lexicon struct {
	lists map[string]*List
}

// List returns the named list; a name with no list gives an empty one.
func (x *Lexicon) List(name string) *List {
	if l, ok := x.lists[name]; ok {
		return l
	}
	return nil
}

// Names returns the names of all lists, sorted.
func (x *Lexicon) Names() []string {
	out := make([]string, 0, len(x.lists))
	for k := range x.lists {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Clone returns a deep copy that can be changed without touching x.
func (x *Lexicon) Clone() *Lexicon {
	c := &Lexicon{lists: make(map[string]*List, len(x.lists))}
	for k, v := range x.lists {
		c.lists[k] = v.clone()
	}
	return c
}

// Add puts phrase (with value, which may be empty) on the named list,
// creating the list when it does not exist. Use it only while building a
// Lexicon, before it is shared.
func (x *Lexicon) Add(list, phrase, value string) {
	l, ok := x.lists[list]
	if !ok {
		l = newList()
		x.lists[list] = l
	}
	l.add(phrase, value)
}

// Remove takes phrase off the named list.
func (x *Lexicon) Remove(list, phrase string) {
	if l, ok := x.lists[list]; ok {
		l.remove(phrase)
	}
}

// DefaultLexicon returns the embedded word lists, parsed once per process.
// The result is shared: Clone it before changing it. It panics only when
// the embedded files are malformed, a build defect that the package's
// tests rule out; pipeline.Process turns even that into an article error.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	x, err := loadLexicon(dataFS, "data")
	if err != nil {
		// The embedded files are part of the binary and covered by tests.
		panic(fmt.Sprintf("extract: embedded word lists: %v", err))
	}
	return x
})

// loadLexicon reads every dir/*.txt of fsys as a list named after the file.
func loadLexicon(fsys fs.FS, dir string) (*Lexicon, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	x := &Lexicon{lists: map[string]*List{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".txt")
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		if err := parseList(x, name, string(b)); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	return x, nil
}

// parseList reads one list file: a phrase per line, optionally
// "phrase = value"; blank lines and lines starting with # are skipped.
func parseList(x *Lexicon, name, body string) error {
	x.lists[name] = newList()
	sc := bufio.NewScanner(strings.NewReader(body))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, value, _ := strings.Cut(line, " = ")
		if strings.TrimSpace(phrase) == "" {
			return fmt.Errorf("line %d: empty phrase", n)
		}
		x.Add(name, phrase, strings.TrimSpace(value))
	}
	return sc.Err()
}
