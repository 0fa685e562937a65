package pipeline

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/extract"
)

// pageHost returns the lower-case host of a page address ("" when it has
// none).
func pageHost(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// compactName folds a name to its lower-case letters and digits, as a
// host name spells it: "Haki Benita" gives "hakibenita".
func compactName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// hostSpells reports whether one label of host spells name ("hakibenita"
// in "www.hakibenita.com" for "Haki Benita").
func hostSpells(host, name string) bool {
	c := compactName(name)
	if host == "" || len(c) < 4 {
		return false
	}
	for _, l := range strings.Split(host, ".") {
		if l == c {
			return true
		}
	}
	return false
}

// outletWords mark a name as a publication's rather than a person's.
var outletWords = map[string]bool{
	"the": true, "news": true, "times": true, "post": true, "daily": true, "media": true, "magazine": true,
	"journal": true, "tribune": true, "press": true, "network": true, "radio": true, "tv": true, "blog": true,
	"online": true, "weekly": true, "herald": true, "gazette": true, "review": true, "group": true,
}

// personalSite reports whether an author value names the person a site
// belongs to, so that it stays even when it is also the site's name: the
// page's host spells the name ("Haki Benita" at hakibenita.com) or a
// handle bracketed after it ("Steven (stevenhgm)" at stevenhgm.example.net),
// and the name is not a publication's.
func personalSite(s, host string) bool {
	if host == "" {
		return false
	}
	name, aside := s, ""
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(s), ")") {
		name, aside = strings.TrimSpace(s[:i]), strings.TrimSuffix(strings.TrimSpace(s[i+1:]), ")")
	}
	if extract.DefaultLexicon().List("outlets").Has(name) {
		return false
	}
	if aside != "" && hostSpells(host, aside) {
		return true
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if outletWords[strings.ToLower(w)] {
			return false
		}
	}
	return hostSpells(host, name)
}

// creatorName returns a twitter:creator value as the one author when it
// reads as a person's name: no "@" handle in camel case or with
// underscores, not the site, the publisher or the host.
func creatorName(tc, site, publisher, host string) []string {
	tc = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tc), "@"))
	if tc == "" || strings.ContainsAny(tc, "_./") || hostSpells(host, tc) || compactName(tc) == compactName(site) || compactName(tc) == compactName(publisher) {
		return []string{}
	}
	for _, w := range strings.Fields(tc) {
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				return []string{} // "TheAtlantic": a brand's handle
			}
		}
	}
	if names := appendNames(nil, tc, site, publisher); len(names) == 1 {
		return names
	}
	return []string{}
}

// siteWithoutByline drops the parts of a site name that are a byline
// ("Example.com | By: Joe Wee" gives "Example.com"), so that the author it
// names is not taken for the site.
func siteWithoutByline(site string) string {
	var keep []string
	for _, part := range strings.Split(site, "|") {
		p := strings.TrimSpace(part)
		if low := strings.ToLower(p); strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "by:") {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, " | ")
}

// metaCredit returns the value of the first author meta tag (a property
// attribute over a name attribute) when it credits someone other than a
// person and other than the site: a sister publication or desk ("Mac &
// i"), a project. Newsroom words ("Redaktion", "Staff"), addresses and
// the site's own name, publisher or host are no credit.
func metaCredit(f *pageFacts, site, publisher, host string) string {
	v := strings.TrimSpace(f.get(authorMetaKeys...))
	if v == "" || len(v) > 60 || strings.ContainsAny(v, "@/:0123456789<>{}") || looksLikeDomain(v) {
		return ""
	}
	if overlapsWords(v, site) || overlapsWords(v, publisher) || hostSpells(strings.ReplaceAll(host, "-", ""), v) {
		return ""
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' }) {
		if w = strings.Trim(w, ".,:;"); notNameWords[w] || pressWords[w] || outletWords[w] {
			return "" // a newsroom, or a newspaper that is most likely the site itself
		}
	}
	if r := []rune(v)[0]; !unicode.IsUpper(r) && unicode.IsLower(r) {
		return ""
	}
	return v
}
