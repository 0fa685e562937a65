package pipeline

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateRank says how much a date in the markup is trusted as the
// article's publication date.
type dateRank int

const (
	// rankUpdated: marked as an update (class "updated", dateModified).
	rankUpdated dateRank = iota
	// rankEarly: a <time> before the headline, often the day's date in the
	// page header.
	rankEarly
	// rankNear: a <time> after the headline.
	rankNear
	// rankMarked: marked as the publication date (pubdate,
	// itemprop=datePublished, class "published" or "entry-date").
	rankMarked
)

// dateCand is a date value found in the markup and its rank.
type dateCand struct {
	val  string
	rank dateRank
}

// maxDateCands bounds the dates kept from the markup.
const maxDateCands = 16

// otherContentWords mark a container whose dates and bylines belong to
// other pieces: comments, related stories, sidebars. An <aside> without
// such a class is not enough: blogs put the article's own byline in one.
var otherContentWords = []string{"comment", "related", "recommend", "sidebar", "trending", "popular", "more-stories", "morestories", "read-more", "readmore"}

// inOtherContent reports whether n sits in comments, related stories, a
// sidebar or a <nav>. The <body> and the containers that hold
// the page's headline h1 are the article's, whatever their class says
// ("single-post has-sidebar").
func (f *pageFacts) inOtherContent(n *html.Node) bool {
	for a := n; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		if a.Type != html.ElementNode || (f.h1Node != nil && isAncestor(a, f.h1Node)) {
			continue
		}
		if a.DataAtom == atom.Nav || containsAny(classID(a), otherContentWords) {
			return true
		}
	}
	return false
}

// noteDate records the dates an element (cid: its class and id, see
// classID) carries: a <time> (its datetime
// or its text), itemprop=datePublished/dateCreated/dateModified (content,
// datetime or text) and an hAtom <abbr class="published" title=…>.
func (f *pageFacts) noteDate(n *html.Node, cid string) {
	if len(f.times) >= maxDateCands {
		return
	}
	ip := strings.ToLower(attr(n, "itemprop"))
	isTime := n.DataAtom == atom.Time
	marked := ip == "datepublished" || ip == "datecreated" || hasAttr(n, "pubdate") ||
		containsAny(cid, []string{"published", "entry-date", "pubdate", "publish-date", "publishdate", "dtstart"})
	updated := ip == "datemodified" || containsAny(cid, []string{"updated", "modified"})
	var val string
	switch {
	case isTime || ip == "datepublished" || ip == "datecreated" || ip == "datemodified":
		val = firstNonEmpty(attr(n, "datetime"), attr(n, "content"))
		if val == "" && n.DataAtom != atom.Meta {
			if t, ok := shortText(n, 80); ok {
				val = t
			}
		}
	case marked && attr(n, "title") != "":
		val = attr(n, "title") // <abbr class="published" title="2021-03-05T14:05:00+01:00">
	default:
		return
	}
	if val == "" || f.inOtherContent(n) {
		return
	}
	rank := rankEarly
	switch {
	case updated && !marked:
		rank = rankUpdated
	case marked:
		rank = rankMarked
	case f.seenH1:
		rank = rankNear
	}
	f.times = append(f.times, dateCand{val: val, rank: rank})
}

// hasAttr reports whether n has the attribute key (with any value).
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// dateLineClasses mark an element whose text is a date.
var dateLineClasses = []string{"date", "time", "publish", "posted", "datum", "fecha", "dateline"}

// noteDateLine records the text of a short element (cid: its class and
// id) that holds a date: one
// whose class says date, or one close after the headline that reads as a
// date line ("Veröffentlicht am 3. März 2021", "Stand: 05.01.2022"); and,
// anywhere outside comments and related stories, the date a publication
// word leads into.
func (f *pageFacts) noteDateLine(n *html.Node, cid string) {
	if cid != "" && len(f.dateLines) < 5 && containsAny(cid, dateLineClasses) {
		if t, ok := shortText(n, 100); ok && t != "" && !f.inOtherContent(n) {
			if containsAny(cid, []string{"updated", "modified"}) {
				f.updatedLines = append(f.updatedLines, t)
			} else {
				f.dateLines = append(f.dateLines, t)
			}
			return
		}
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Small, atom.Li, atom.Time, atom.Strong, atom.Em, atom.B, atom.I, atom.Header, atom.Footer:
	default:
		return
	}
	near := f.seenH1 && f.afterH1 <= plainBylineWindow && len(f.nearDates) < 4
	if !near && len(f.cuedDates) >= 4 {
		return
	}
	if !hasOwnText(n) || !shortWithDigit(n, 80) {
		return // a wrapper's date line is its child's; every date has a figure
	}
	t := textOf(n)
	if len(t) >= 80 {
		return
	}
	dates, _ := datesInText(t)
	if len(dates) == 0 || f.inOtherContent(n) {
		return
	}
	for _, d := range dates {
		if d.cue == cuePublished && len(f.cuedDates) < 4 {
			f.cuedDates = append(f.cuedDates, d.date)
			break
		}
	}
	if near && dateLineText(t) {
		f.nearDates = append(f.nearDates, t)
	}
}

// pickPublished decides the publication date: JSON-LD, then the date meta
// tags, then any JSON-LD object's date, then dates marked as published in
// the markup, dates a publication word leads into anywhere in a short
// text ("Veröffentlicht am 24.11.2026"), <time> elements after the headline, a date in the address,
// dates written in bylines and date lines, and last <time> elements before
// the headline and those marked as updates (then date lines whose class
// says updated). A date from the markup later
// than the page's modified date, or more than a day after the date in its
// address, is passed over (it is the day's date in a header, or a later
// story's).
func pickPublished(f *pageFacts, ld ldArticle, modified, pageURL string) string {
	if d := firstDate(ld.Published, f.get("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
		"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date",
		"dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date.created", "citation_publication_date",
		"citation_date", "article.published", "article.created", "published_time", "originalpublicationdate", "article_date_original",
		"datecreated", "cxenseparse:recs:publishtime"), ld.AnyPublished); d != "" {
		return d
	}
	limit := ""
	if len(modified) >= 10 {
		limit = modified[:10]
	}
	urlDate := dateFromURL(firstNonEmpty(f.canonical, f.get("og:url"), pageURL))
	if u := dayAfter(urlDate); u != "" && (limit == "" || u < limit) {
		limit = u // a day's grace for the time zone
	}
	fits := func(d string) bool { return d != "" && (limit == "" || d[:10] <= limit) }
	for _, c := range f.times {
		if d := normalizeDate(c.val); c.rank == rankMarked && fits(d) {
			return d
		}
	}
	for _, d := range f.cuedDates {
		if fits(d) {
			return d
		}
	}
	for _, c := range f.times {
		if d := normalizeDate(c.val); c.rank == rankNear && fits(d) {
			return d
		}
	}
	if urlDate != "" {
		return urlDate
	}
	for _, s := range append(append(append(f.bylines, f.dateLines...), f.nearDates...), f.earlyBylines...) {
		if d := dateInText(s); fits(d) {
			return d
		}
	}
	for _, r := range []dateRank{rankEarly, rankUpdated} {
		for _, c := range f.times {
			if d := normalizeDate(c.val); c.rank == r && fits(d) {
				return d
			}
		}
	}
	for _, s := range f.updatedLines {
		if d := dateInText(s); fits(d) {
			return d
		}
	}
	return ""
}

// dayAfter returns the day after a YYYY-MM-DD date, or "".
func dayAfter(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, 1).Format("2006-01-02")
}

// shortWithDigit reports, without building the text, whether the text
// under n may be short (its raw text nodes hold under limit*4 bytes) and
// holds a figure.
func shortWithDigit(n *html.Node, limit int) bool {
	size, digit := 0, false
	done := eachElementText(n, func(t string) bool {
		size += len(t)
		digit = digit || strings.IndexAny(t, "0123456789") >= 0
		return size < limit*4
	})
	return done && digit
}

// hasOwnText reports whether n has a text child that is not white space.
func hasOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}
