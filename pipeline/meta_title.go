package pipeline

import "strings"

// pickTitle chooses the headline: JSON-LD, Dublin Core, Open Graph, Twitter
// or Parse.ly metadata as the site wrote it (a site name in og:title
// stays: the dev gold keeps it; completed when JSON-LD cut it short), else
// an h1 that the <title> holds as a part set off by separators, else the <title> with the site
// name cut off, or the first h1 that is not the site's logo when the title
// is only the site name. host is the page's host name ("" when unknown).
func pickTitle(f *pageFacts, ld ldArticle, site, host string) string {
	if t := firstNonEmpty(ldTitle(ld, f.title, site), f.get("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "sailthru.title")); t != "" {
		if t == ld.Headline {
			t = untruncate(t, append([]string{f.get("og:title"), f.get("twitter:title"), stripKnownAffix(f.title, site, host)}, f.h1...))
		}
		return t
	}
	if h := h1InTitle(f.title, f.h1, site, host); h != "" {
		return h
	}
	t := stripSiteSuffix(stripKnownAffix(f.title, site, host), site)
	if t == "" || namesSite(t, site, host) {
		for _, h := range f.h1 {
			if h = normalizeSpace(h); h != "" && !namesSite(h, site, host) {
				return h
			}
		}
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

// untruncate returns the longer form of a headline that structured data
// cut short with an ellipsis ("Der Stadtrat hat beschlossen, die…"): the
// first other title that starts with the words before the ellipsis and
// goes on with more words (not a separator and a site name).
func untruncate(t string, others []string) string {
	head, ok := strings.CutSuffix(strings.TrimSpace(t), "…")
	if !ok {
		if head, ok = strings.CutSuffix(strings.TrimSpace(t), "..."); !ok {
			return t
		}
	}
	head = strings.TrimSpace(head)
	if len(head) < 10 {
		return t
	}
	for _, o := range others {
		o = normalizeSpace(o)
		if len(o) <= len(head) || !strings.HasPrefix(strings.ToLower(o), strings.ToLower(head)) || strings.HasSuffix(o, "…") {
			continue
		}
		if rest := strings.TrimSpace(o[len(head):]); rest != "" && !hasAnyPrefix(rest, []string{"…", "...", "|", "-", "–", "—", "·", "»", "«", ":"}) {
			return o // the headline goes on, not a separator and a site name
		}
	}
	return t
}

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " / ", " _ ", " ~ ", " • ", " ‹ ", " › ", " ｜ "}

// namesSite reports whether a title part is the site's name: the same
// letters as the site name, or the page's host ("beispiel.de",
// "Beispiel" for www.beispiel.de).
func namesSite(part, site, host string) bool {
	c := compactName(part)
	if c == "" {
		return false
	}
	if site != "" && (c == compactName(site) || strings.EqualFold(strings.TrimSpace(part), site)) {
		return true
	}
	if host == "" {
		return false
	}
	h := strings.TrimPrefix(host, "www.")
	return c == compactName(h) || hostSpells(strings.ReplaceAll(h, "-", ""), part)
}

// stripKnownAffix cuts the site's name (see namesSite) off either end of
// a title, after any separator or, at the start, after a colon
// ("Beispielblatt: Headline"); a section name left before the site's
// ("Headline | Politik | Beispielblatt") goes too when the same
// separator sets it off and it is one or two words. The headline left must
// be two words or more ("Mozilla - Wikipedia" stays: a one-word title is a
// topic page's name with its site).
func stripKnownAffix(t, site, host string) string {
	t = strings.TrimSpace(t)
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && namesSite(t[i+len(sep):], site, host) && len(strings.Fields(t[:i])) >= 2 {
			head := strings.TrimSpace(t[:i])
			if j := strings.LastIndex(head, sep); j > 0 {
				if sec := strings.Fields(head[j+len(sep):]); len(sec) <= 2 && len(strings.Fields(head[:j])) >= 3 {
					head = strings.TrimSpace(head[:j])
				}
			}
			return head
		}
		if i := strings.Index(t, sep); i > 0 && namesSite(t[:i], site, host) && len(strings.Fields(t[i+len(sep):])) >= 2 {
			return strings.TrimSpace(t[i+len(sep):])
		}
	}
	if i := strings.Index(t, ": "); i > 0 && namesSite(t[:i], site, host) && len(strings.Fields(t[i+2:])) >= 2 {
		return strings.TrimSpace(t[i+2:])
	}
	return t
}

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

// h1InTitle returns the first h1 of two words or more, not the site's
// name, that the <title> starts with, set off by a separator and followed
// by five words at most ("Headline - Politik | Site" with the h1
// "Headline"), or "". Byte offsets of the lower-cased title are used on
// the title itself only when lower-casing kept its length.
func h1InTitle(title string, h1s []string, site, host string) string {
	title = normalizeSpace(title)
	lt := strings.ToLower(title)
	if len(lt) != len(title) {
		return ""
	}
	for _, h := range h1s {
		h = normalizeSpace(h)
		lh := strings.ToLower(h)
		if len(strings.Fields(h)) < 2 || namesSite(h, site, host) || len(lh) >= len(lt) {
			continue
		}
		for _, sep := range titleSeparators {
			if strings.HasPrefix(lt, lh+sep) && len(strings.Fields(title[len(lh+sep):])) <= 5 {
				return h
			}
		}
	}
	return ""
}
