package pipeline

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageFacts is what a page says about itself, gathered in one walk over the
// whole tree before any pruning.
type pageFacts struct {
	lang  string
	title string            // the <title> element
	meta  map[string]string // name/property/itemprop/http-equiv (lower case) → first content
	// fromProperty marks meta values set by a property attribute, which
	// win over name attributes for the same key.
	fromProperty map[string]bool
	// authorMetas holds every value of the author meta keys, in page
	// order: scholarly pages give one author a tag.
	authorMetas map[string][]string
	canonical   string
	jsonLD      []string
	h1          []string
	bylines     []string // text of byline markup after the first h1: rel=author, itemprop=author, byline classes
	// dateLines are the texts of short elements whose class says date.
	dateLines []string
	// earlyBylines are the byline texts found before any h1.
	earlyBylines []string
	seenH1       bool
	h1Node       *html.Node // the first h1
	// authorLinks are the addresses of rel=author links, which may spell
	// the author's name when nothing else names one.
	authorLinks []string
	// plainBylines are texts of unmarked "By …" lines close after the
	// first h1 and of <address> elements, the last byline source.
	plainBylines []string
	afterH1      int        // elements seen since the first h1
	times        []dateCand // dates of <time>, itemprop and hAtom markup
	// nearDates are short texts close after the first h1 that read as
	// date lines.
	nearDates []string
	// cuedDates are the dates (YYYY-MM-DD) that a publication word leads
	// into in short texts anywhere on the page.
	cuedDates []string
	// updatedLines are the texts of date lines whose class says updated
	// or modified.
	updatedLines []string
}

// gatherFacts walks the tree once and collects the metadata sources.
func gatherFacts(root *html.Node) *pageFacts {
	f := &pageFacts{meta: map[string]string{}, fromProperty: map[string]bool{}, authorMetas: map[string][]string{}}
	eachElement(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Html:
			if f.lang == "" {
				f.lang = strings.TrimSpace(attr(n, "lang"))
			}
		case atom.Title:
			if f.title == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
				f.title = textOf(n)
			}
		case atom.Meta:
			f.addMeta(n)
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			if rel == "canonical" && f.canonical == "" {
				f.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				f.jsonLD = append(f.jsonLD, n.FirstChild.Data)
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.H1:
			text := textOf(n)
			if !f.seenH1 && !f.isLogoH1(n, text) {
				f.h1Node, f.seenH1 = n, true
			}
			if len(f.h1) < 3 {
				f.h1 = append(f.h1, text)
			}
		}
		cid := classID(n)
		f.noteDate(n, cid)
		f.noteDateLine(n, cid)
		f.noteByline(n, cid)
		f.notePlainByline(n)
		return true
	})
	return f
}

func (f *pageFacts) addMeta(n *html.Node) {
	content, ok := "", false
	for _, a := range n.Attr {
		if a.Key == "content" {
			content, ok = metaText(a.Val), true
		}
	}
	if !ok || content == "" {
		return
	}
	for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
		for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
			key = metaKeyReplacer.Replace(key)
			if isAuthorMetaKey(key) && len(f.authorMetas[key]) < 20 {
				f.authorMetas[key] = append(f.authorMetas[key], content)
			}
			if _, seen := f.meta[key]; !seen || (k == "property" && !f.fromProperty[key]) {
				f.meta[key] = content
				f.fromProperty[key] = k == "property"
			}
		}
	}
}

// noteByline records the text of author markup: itemprop=author,
// rel=author and elements whose class or id (cid, see classID) says
// byline or author.
func (f *pageFacts) noteByline(n *html.Node, cid string) {
	if len(f.bylines) >= 12 {
		return
	}
	ip := attr(n, "itemprop")
	if ip == "author" || ip == "creator" {
		if nm := findFirst(n, func(c *html.Node) bool { return attr(c, "itemprop") == "name" }); nm != nil && nm != n {
			if v := attr(nm, "content"); v != "" {
				f.addByline(n, v)
			} else {
				f.addByline(n, textOf(nm))
			}
			return
		}
		if v := attr(n, "content"); v != "" {
			f.addByline(n, v)
			return
		}
		f.addByline(n, textOf(n))
		return
	}
	if strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
		if href := attr(n, "href"); href != "" && len(f.authorLinks) < 4 && !f.inOtherContent(n) {
			f.authorLinks = append(f.authorLinks, href)
		}
		f.addByline(n, textOf(n))
		return
	}
	if cid != "" && (isBylineClass(cid) || isCardName(n, cid)) {
		if t, ok := shortText(n, 200); ok && t != "" {
			f.addByline(n, t)
		}
	}
}

// addByline records one byline text unless it sits in comments, related
// stories, a sidebar or a figure.
// Bylines after the first h1 are kept apart: they belong to the article,
// those before it often to teasers.
func (f *pageFacts) addByline(n *html.Node, text string) {
	if text == "" {
		return
	}
	if f.bylineElsewhere(n) {
		return
	}
	if f.seenH1 {
		f.bylines = append(f.bylines, text)
	} else {
		f.earlyBylines = append(f.earlyBylines, text)
	}
}

// metaText cleans a metadata value: entities that a site escaped twice
// ("&amp;#8216;") are decoded, and white space is folded.
func metaText(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return normalizeSpace(s)
}

// metaKeyReplacer spells Dublin Core keys one way: "dc:title" and
// "dcterm:title" become "dc.title" and "dcterms.title".
var metaKeyReplacer = strings.NewReplacer("dcterm:", "dcterms.", "dcterms:", "dcterms.", "dc:", "dc.")

// get returns the first non-empty meta value among keys.
func (f *pageFacts) get(keys ...string) string {
	for _, k := range keys {
		if v := f.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

// metadataFrom decides the article's metadata from the page's facts: JSON-LD
// first, then Open Graph and other meta tags, then the markup.
func metadataFrom(f *pageFacts, pageURL string) (Article, ldArticle) {
	ld := parseJSONLD(f.jsonLD, f.isPageObject(pageURL))
	a := Article{Authors: []string{}}
	a.Site = cleanSite(firstNonEmpty(ld.Publisher, f.get("og:site_name"), f.get("application-name", "al:ios:app_name", "twitter:app:name:iphone")))
	host := pageHost(resolveURL(pageURL, firstNonEmpty(f.canonical, f.get("og:url"), ld.URL, pageURL)))
	a.Title = pickTitle(f, ld, a.Site, host)
	a.Authors = pickAuthors(f, ld, a.Site, host)
	a.Modified = firstDate(ld.Modified, f.get("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"))
	a.Published = pickPublished(f, ld, a.Modified, pageURL)
	a.URL = resolveURL(pageURL, firstNonEmpty(f.canonical, f.get("og:url"), ld.URL))
	if a.URL == "" {
		a.URL = pageURL
	}
	a.Language = normalizeLang(firstNonEmpty(f.lang, f.get("og:locale", "content-language", "language", "dc.language"), ld.Language))
	a.Description = firstNonEmpty(f.get("description", "og:description", "twitter:description"), ld.Description)
	return a, ld
}

// cleanSite trims a handle's "@" and separators left at either end of a
// site name ("The Jerusalem Post |").
func cleanSite(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimPrefix(s, "@"), " |-–—:·»"))
}

// resolveURL makes ref absolute against base; it returns ref unchanged when
// either does not parse, and "" for an empty ref.
func resolveURL(base, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if r.IsAbs() || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// normalizeLang turns "en_US" into "en-US" and drops anything that is not a
// language tag.
func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 20 {
		return ""
	}
	for _, r := range s {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return ""
		}
	}
	return s
}

// isBylineClass reports whether a class/id string marks a byline or an
// author's name (not an author's biography or photo).
func isBylineClass(cid string) bool {
	if containsAny(cid, []string{"byline", "verfasser"}) {
		return true
	}
	if !strings.Contains(cid, "author") && containsAny(cid, []string{"autor", "auteur"}) {
		cid = strings.NewReplacer("autor", "author", "auteur", "author").Replace(cid) // German, Spanish, Italian, French
	}
	if strings.Contains(cid, "p-author") {
		return true // microformats2
	}
	if !strings.Contains(cid, "author") {
		return false
	}
	return !containsAny(cid, []string{"bio", "avatar", "image", "photo", "img", "pic", "desc", "about", "info", "social", "follow", "more", "box", "card", "label", "title", "wrapper", "container", "list", "posts"})
}

// isCardName reports whether n is the formatted name ("fn") of a person's
// hCard ("vcard"), as blog themes mark the author: not an organisation's
// card ("fn org"), and the card within three levels up.
func isCardName(n *html.Node, cid string) bool {
	if !strings.Contains(cid, "fn") {
		return false
	}
	toks := strings.Fields(cid)
	if !slices.Contains(toks, "fn") || slices.Contains(toks, "org") {
		return false
	}
	a := n.Parent
	for range 3 {
		if a == nil || a.Type != html.ElementNode {
			return false
		}
		ct := strings.Fields(classID(a))
		if slices.Contains(ct, "vcard") || slices.Contains(ct, "h-card") {
			return !slices.Contains(ct, "org")
		}
		a = a.Parent
	}
	return false
}

// isPageObject returns a test for JSON-LD objects that describe this page:
// their url or mainEntityOfPage is the page's canonical address (or
// og:url, or pageURL), or their headline is the page's og:title or starts
// its <title>.
func (f *pageFacts) isPageObject(pageURL string) func(map[string]any) bool {
	addrs := map[string]bool{}
	for _, u := range []string{f.canonical, f.get("og:url"), pageURL} {
		if u = strings.TrimRight(strings.TrimSpace(u), "/"); u != "" {
			addrs[u] = true
		}
	}
	og, title := strings.ToLower(f.get("og:title")), strings.ToLower(normalizeSpace(f.title))
	return func(obj map[string]any) bool {
		for _, k := range []string{"url", "mainEntityOfPage", "@id"} {
			if u := strings.TrimRight(ldURL(obj[k]), "/"); u != "" && addrs[u] {
				return true
			}
		}
		h := strings.ToLower(ldString(obj["headline"]))
		return h != "" && (h == og || strings.HasPrefix(title, h))
	}
}

// isLogoH1 reports whether an h1 is the site's logo rather than the
// headline: its class or id says logo, brand or site title, it holds no
// text (an image), or its text is the og:site_name. The headline is
// looked for after it.
func (f *pageFacts) isLogoH1(n *html.Node, text string) bool {
	if containsAny(classID(n), []string{"logo", "brand", "site-title", "sitetitle", "site-name", "masthead"}) {
		return true
	}
	t := normalizeSpace(text)
	return t == "" || strings.EqualFold(t, cleanSite(f.get("og:site_name")))
}
