package pipeline

import (
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/extract"
)

// bracketConnectors open a bracket that adds names: "A (with B and C)".
var bracketConnectors = []string{"with ", "avec ", "and ", "et ", "und ", "mit ", "con ", "com ", "met "}

// openBrackets resolves the brackets of a byline. A bracket that starts
// with a connector adds names and becomes a list separator; one with more
// words after it is part of a name ("Bruno (Henrique) Rodrigues") and
// loses its marks; one at the end is an aside (a handle, an address, an
// agency) and is dropped.
func openBrackets(s string) string {
	for range 8 {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			s = s[:i] + ", " + s[i+1:]
			continue
		}
		inner, after := s[i+1:i+j], s[i+j+1:]
		low := strings.ToLower(strings.TrimSpace(inner))
		switch {
		case hasAnyPrefix(low, bracketConnectors):
			s = s[:i] + ", " + inner + ", " + after
		case strings.TrimSpace(after) != "" && !strings.ContainsAny(strings.TrimSpace(after)[:1], ",;|/-–—") && isPersonName(strings.TrimSpace(inner), "", ""):
			s = s[:i] + inner + after
		default:
			s = s[:i] + " " + after
		}
	}
	return strings.ReplaceAll(s, ")", " ")
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// dropAddresses removes web and e-mail addresses from a byline: they are
// never part of a name.
func dropAddresses(s string) string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		lw := strings.ToLower(w)
		if strings.Contains(lw, "://") || strings.HasPrefix(strings.TrimLeft(lw, "(<["), "www.") || (strings.Contains(lw, "@") && strings.Contains(lw, ".")) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// otherRoles introduce people credited for work other than writing; the
// byline's authors end where one starts.
var otherRoles = []string{"edited by", "editing by", "photos by", "photographs by", "photography by", "illustrations by", "illustration by", "graphics by", "video by", "translated by", "translation by", "fact-checked by", "reviewed by", "medically reviewed by", "additional reporting by",
	"photo:", "photos:", "photo :", "picture:", "pictures:", "image:", "images:", "illustration:", "graphic:", "graphics:", "video:", "credit:", "credits:", "photo credit",
	"foto:", "fotos:", "bild:", "bilder:", "grafik:", "kamera:", "bearbeitet von", "redigiert von", "übersetzt von", "übersetzung:", "mitarbeit:",
	"crédit", "crédits", "photos :", "photo de", "édité par", "traduit par", "traduction :", "foto di", "foto de", "fotos de", "fotografía:", "fotografia:", "imagen:", "immagine:",
	"beeld:", "fotografie:", "vertaling:"}

// cutOtherRoles cuts a byline where a credit other than authorship
// starts; a byline that starts with one names no author.
func cutOtherRoles(s string) string {
	low := strings.ToLower(s)
	for _, r := range otherRoles {
		if i := strings.Index(low, r); i >= 0 && (i == 0 || !unicode.IsLetter(rune(low[i-1]))) {
			s, low = s[:i], low[:i]
		}
	}
	return s
}

// uninvertAll turns round the "Last, First" names of author meta tags. A
// key given in several tags holds one name a tag, so a comma inside one
// marks an inverted name whenever both sides read as names; a single tag
// needs more evidence (see uninvert).
func uninvertAll(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = uninvert(v, len(vs) > 1)
	}
	return out
}

// uninvert turns "Kooman, F." into "F. Kooman" and "Jong, Michiel de"
// into "Michiel de Jong": one comma, a single surname before it, and
// after it initials only or given names ending with a particle. With
// oneNamePerTag set, any given names after the comma will do.
func uninvert(v string, oneNamePerTag bool) string {
	parts := strings.Split(v, ",")
	if len(parts) != 2 {
		return v
	}
	last, first := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	lw, fw := strings.Fields(last), strings.Fields(first)
	if len(lw) != 1 || len(fw) == 0 || len(fw) > 3 || !isPersonName(last, "", "") {
		return v
	}
	initials := true
	for _, w := range fw {
		r := []rune(strings.TrimRight(w, "."))
		if len(r) > 2 || len(r) == 0 || !unicode.IsUpper(r[0]) {
			initials = false
		}
	}
	particle := len(fw) > 1 && nameParticles[fw[len(fw)-1]] && isPersonName(strings.Join(fw[:len(fw)-1], " "), "", "")
	if !initials && !particle && !(oneNamePerTag && isPersonName(first, "", "")) {
		return v
	}
	if particle {
		return strings.Join(fw[:len(fw)-1], " ") + " " + fw[len(fw)-1] + " " + last
	}
	return first + " " + last
}

// uiWords are page controls that follow an author's name in a byline
// ("Jane Doe Follow", "Jane Doe Email").
var uiWords = map[string]bool{"follow": true, "email": true, "twitter": true, "share": true, "more": true, "view": true, "read": true, "subscribe": true, "posts": true, "profile": true, "bio": true}

// cutRoleTail cuts a byline piece at a page control word that follows two
// or more name words: "Jane Doe Follow @jdoe" gives "Jane Doe". Job
// titles and agencies are not cut, since words before them may be an
// affiliation ("Kelli Miller WebMD Health News"); such pieces stay out.
func cutRoleTail(p string) string {
	words := strings.Fields(p)
	for i := 2; i < len(words); i++ {
		if uiWords[strings.ToLower(strings.Trim(words[i], ".,:;"))] {
			return strings.Join(words[:i], " ")
		}
	}
	return p
}

// dropHonorific drops a title before a name ("Dr. Jane Doe" gives "Jane
// Doe") when two words or more remain; the titles are the honorifics
// word list.
func dropHonorific(p string) string {
	words := strings.Fields(p)
	if len(words) >= 3 && extract.DefaultLexicon().List("honorifics").Has(words[0]) {
		return strings.Join(words[1:], " ")
	}
	return p
}

// placePrepositions lead from a name to where its author writes from:
// "Max Mustermann aus Berlin", "Jane Doe in Washington".
var placePrepositions = map[string]bool{"aus": true, "in": true, "im": true, "from": true, "à": true, "a": true, "uit": true, "desde": true, "em": true}

// cutPlaceTail cuts a byline piece at a place preposition that follows
// two or more name words and comes before a capital: "Max Mustermann aus
// Berlin" gives "Max Mustermann".
func cutPlaceTail(p string) string {
	words := strings.Fields(p)
	for i := 2; i+1 < len(words); i++ {
		if placePrepositions[words[i]] && unicode.IsUpper([]rune(words[i+1])[0]) {
			return strings.Join(words[:i], " ")
		}
	}
	return p
}

// bracketRoles are non-writing roles given in brackets after a name: "Jane
// Doe (reporting) and Pat Lens (photography)".
var bracketRoles = map[string]bool{
	"photography": true, "photo": true, "photos": true, "pictures": true, "picture": true, "foto": true, "fotos": true, "bild": true, "bilder": true,
	"fotografie": true, "fotografía": true, "fotografia": true, "video": true, "videos": true, "illustration": true, "illustrations": true,
	"grafik": true, "graphics": true, "graphic": true, "kamera": true, "camera": true, "images": true,
}

// roleSeparators end the name before a bracketed role.
var roleSeparators = []string{" and ", " und ", " et ", " y ", " e ", " en ", ", ", " & ", ";"}

// dropRoleBrackets removes a name given a non-writing role in brackets
// ("Pat Lens (photography)"), from the separator before it to the bracket.
func dropRoleBrackets(s string) string {
	for range 4 {
		i := strings.IndexByte(s, '(')
		found := false
		for i >= 0 {
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				break
			}
			if bracketRoles[strings.ToLower(strings.TrimSpace(s[i+1:i+j]))] {
				start := 0
				low := strings.ToLower(s[:i])
				for _, sep := range roleSeparators {
					if k := strings.LastIndex(low, sep); k >= 0 && k > start {
						start = k
					}
				}
				s, found = s[:start]+" "+s[i+j+1:], true
				break
			}
			next := strings.IndexByte(s[i+1:], '(')
			if next < 0 {
				break
			}
			i += 1 + next
		}
		if !found {
			break
		}
	}
	return s
}
