package pipeline

import "strings"

// pickTitle chooses the headline: JSON-LD, Dublin Core, Open Graph, Twitter
// or Parse.ly metadata, else the <title> with the site name cut off (or the
// h1 when the title is only the site name).
func pickTitle(f *pageFacts, ld ldArticle, site string) string {
	if t := firstNonEmpty(ldTitle(ld, f.title, site), f.get("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "sailthru.title")); t != "" {
		return t
	}
	t := stripSiteSuffix(f.title, site)
	if t == "" && len(f.h1) > 0 {
		return f.h1[0]
	}
	return t
}

// ldTitle chooses between JSON-LD's headline and name: the one the page's
// <title> contains when they differ (some sites put a summary in one of
// them) unless the name is the site's, else the headline.
func ldTitle(ld ldArticle, title, site string) string {
	if ld.Headline == "" || ld.Name == "" || ld.Headline == ld.Name || strings.EqualFold(ld.Name, site) || strings.EqualFold(ld.Name, ld.Publisher) {
		return firstNonEmpty(ld.Headline, ld.Name)
	}
	lt := strings.ToLower(title)
	if strings.Contains(lt, strings.ToLower(ld.Name)) && !strings.Contains(lt, strings.ToLower(ld.Headline)) {
		return ld.Name
	}
	return ld.Headline
}

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " _ "}

// stripSiteSuffix cuts a trailing (or leading) site name off a <title>:
// the part after the last separator when it names the site or is short,
// keeping the longer part as the headline.
func stripSiteSuffix(t, site string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		switch {
		case site != "" && strings.EqualFold(tail, site):
			return head
		case site != "" && strings.EqualFold(head, site):
			return tail
		case len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3:
			return head
		}
	}
	return t
}
