package pipeline

import (
	"net/url"
	"strings"
	"unicode"
)

// profileSegments are the path segments before an author's slug in the
// address of a profile page: /author/jane-doe/, /autor/max-mustermann.
var profileSegments = map[string]bool{
	"author": true, "authors": true, "autor": true, "autoren": true, "autorinnen": true, "auteur": true, "auteurs": true, "autore": true,
	"autori": true, "autores": true, "profile": true, "profiles": true, "profil": true, "people": true, "person": true, "personen": true,
	"staff": true, "journalist": true, "journalists": true, "journalisten": true, "redakteur": true, "redaktion": true, "writer": true,
	"writers": true, "contributor": true, "contributors": true, "columnist": true, "columnists": true, "firmas": true, "firma": true,
}

// nameFromProfileURL reads an author's name from the address of a
// profile page ("https://example.com/author/jane-doe/" gives "Jane Doe"):
// the segment after a profile segment, two to four words of letters
// (a trailing number id dropped), particles kept in lower case. It
// returns "" for any other address: a social profile's handle
// ("facebook.com/janedoe") does not split into words reliably.
func nameFromProfileURL(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || (u.Host == "" && !strings.HasPrefix(u.Path, "/")) {
		return ""
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := 0; i+1 < len(segs); i++ {
		if profileSegments[strings.ToLower(segs[i])] {
			return slugName(segs[i+1])
		}
	}
	return ""
}

// slugName turns a slug ("jane-doe", "jan_de_vries-1234.html") into a
// name, or "" when it is not two to four words of letters.
func slugName(slug string) string {
	slug = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(slug), ".html"), ".htm")
	if s, err := url.PathUnescape(slug); err == nil {
		slug = s
	}
	parts := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' })
	if len(parts) > 0 && isDigits(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	if len(parts) < 2 || len(parts) > 4 {
		return ""
	}
	words := make([]string, len(parts))
	for i, p := range parts {
		if strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return ""
		}
		if nameParticles[p] && i > 0 && i < len(parts)-1 {
			words[i] = p
			continue
		}
		if len([]rune(p)) < 2 {
			return ""
		}
		r := []rune(p)
		words[i] = string(unicode.ToUpper(r[0])) + string(r[1:])
	}
	return strings.Join(words, " ")
}

// profileName returns the name spelt by the first profile address that an
// author meta tag or a JSON-LD author's url gives, unless it is the
// site's.
func profileName(f *pageFacts, site, publisher string) string {
	var addrs []string
	for _, k := range authorMetaKeys {
		addrs = append(addrs, f.authorMetas[k]...)
	}
	addrs = append(addrs, f.authorLinks...)
	for _, a := range addrs {
		if n := nameFromProfileURL(a); n != "" && isPersonName(n, site, publisher) {
			return n
		}
	}
	return ""
}
