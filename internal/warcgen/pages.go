// Package warcgen writes CC-NEWS-style WARC files of synthetic news pages
// for tests and benchmarks: a warcinfo record, then for every page a
// request and a response record, each in its own gzip member, with a few
// records that are not articles (redirects, images) mixed in as a crawl
// has them.
package warcgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	people  = []string{"Sarah Okafor", "James Whitfield", "Priya Raman", "Tom Becker", "Helen Marsh", "David Lund", "Amira Haddad", "Paul Grant"}
	orgs    = []string{"the City Council", "Northgate Water", "the Health Service", "Bexley Transport", "the Chamber of Commerce", "Riverside University"}
	places  = []string{"Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Exeter"}
	topics  = []string{"housing", "bus fares", "hospital waiting lists", "school places", "flood defences", "the new bridge"}
	verbs   = []string{"said", "told reporters", "added", "warned"}
	filler  = []string{"Residents gathered outside the town hall on Tuesday evening.", "The plans will be discussed again at the next meeting.", "Officials did not respond to a request for further comment.", "The proposal has divided opinion in the area for months.", "Local businesses say they have been waiting for a decision since last year."}
	navMenu = []string{"Home", "News", "Sport", "Business", "Politics", "Culture", "Weather", "Opinion", "Video", "Contact"}
)

// Page is one synthetic news page.
type Page struct {
	URL  string
	HTML []byte
}

// MakePage returns page number i of the stream seeded with seed; the same
// arguments always give the same bytes.
func MakePage(seed uint64, i int) Page {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	who, org, place, topic := pick(people), pick(orgs), pick(places), pick(topics)
	url := fmt.Sprintf("https://news%d.example.com/%s/2024/%02d/story-%05d.html", i%7, strings.ReplaceAll(strings.ToLower(place), " ", "-"), 1+i%12, i)
	title := fmt.Sprintf("%s: %s plans for %s face new questions", place, org, topic)
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>\n", title)
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><link rel=\"canonical\" href=\"%s\">\n", title, url)
	fmt.Fprintf(&b, "<meta name=\"author\" content=\"%s\"><meta property=\"article:published_time\" content=\"2024-%02d-%02dT09:30:00Z\">\n", pick(people), 1+i%12, 1+i%28)
	b.WriteString("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n</head><body>\n<nav><ul>")
	for _, m := range navMenu {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(m), m)
	}
	fmt.Fprintf(&b, "</ul></nav>\n<article><h1>%s</h1>\n<p class=\"byline\">By %s</p>\n", title, pick(people))
	n := 6 + r.IntN(8)
	for p := 0; p < n; p++ {
		b.WriteString("<p>")
		b.WriteString(paragraph(r, who, org, place, topic, pick))
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>\n<aside><h2>Most read</h2><ul>")
	for k := 0; k < 5; k++ {
		fmt.Fprintf(&b, "<li><a href=\"/story-%d\">%s news in brief</a></li>", r.IntN(100000), pick(places))
	}
	b.WriteString("</ul></aside>\n<footer><p>&copy; 2024 Example News Group. All rights reserved.</p></footer>\n</body></html>\n")
	return Page{URL: url, HTML: []byte(b.String())}
}

func paragraph(r *rand.Rand, who, org, place, topic string, pick func([]string) string) string {
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("“We cannot wait another year for %s,” %s %s. “People in %s deserve better.”", topic, who, pick(verbs), place)
	case 1:
		return fmt.Sprintf("Figures published by %s show that %d people were affected in %d, up %d%% on the year before, at a cost of £%d.%d million.",
			org, 1000+r.IntN(90000), 2015+r.IntN(9), 1+r.IntN(40), 1+r.IntN(90), r.IntN(10))
	case 2:
		return fmt.Sprintf("%s, who has led the campaign in %s since %d, met officials from %s on Monday. %s", who, place, 2010+r.IntN(14), org, pick(filler))
	}
	return pick(filler) + " " + pick(filler)
}
