package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Small pages modelled on common news and blog markup in several
// languages: each case is the <head> and <body> of a page, its address and
// the value we expect.
type metaCase struct{ name, head, body, url, want string }

func ld(s string) string { return `<script type="application/ld+json">` + s + `</script>` }

func TestPublishedSources(t *testing.T) {
	cases := []metaCase{
		{"ld graph", ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"H","datePublished":"2021-03-05T14:05:00+01:00"}]}`), "", "", "2021-03-05T14:05:00+01:00"},
		{"ld array", ld(`[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2021-03-05"}]`), "", "", "2021-03-05"},
		{"ld date array", ld(`{"@type":"Article","datePublished":["2021-03-05T10:00:00Z","2021-03-06T10:00:00Z"]}`), "", "", "2021-03-05T10:00:00Z"},
		{"ld webpage holds the date", ld(`{"@graph":[{"@type":"WebPage","datePublished":"2021-03-05T08:00:00+00:00"},{"@type":"Article","headline":"H","isPartOf":{"@id":"#w"}}]}`), "", "", "2021-03-05T08:00:00Z"},
		{"ld nested mainEntity", ld(`{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2021-03-05T08:00:00Z"}}`), "", "", "2021-03-05T08:00:00Z"},
		{"ld value object", ld(`{"@type":"Article","datePublished":{"@value":"2021-03-05"}}`), "", "", "2021-03-05"},
		{"article:published_time", `<meta property="article:published_time" content="2021-03-05T14:05:00+01:00">`, "", "", "2021-03-05T14:05:00+01:00"},
		{"og:published_time", `<meta property="og:published_time" content="2021-03-05T14:05:00Z">`, "", "", "2021-03-05T14:05:00Z"},
		{"DC.date", `<meta name="DC.date" content="2021-03-05">`, "", "", "2021-03-05"},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2021-03-05">`, "", "", "2021-03-05"},
		{"date", `<meta name="date" content="2021-03-05T14:05:00+01:00">`, "", "", "2021-03-05T14:05:00+01:00"},
		{"pubdate", `<meta name="pubdate" content="2021-03-05T14:05:00Z">`, "", "", "2021-03-05T14:05:00Z"},
		{"sailthru.date", `<meta name="sailthru.date" content="2021-03-05 14:05:00">`, "", "", "2021-03-05"},
		{"parsely-pub-date", `<meta name="parsely-pub-date" content="2021-03-05T14:05:00Z">`, "", "", "2021-03-05T14:05:00Z"},
		{"publish-date German numeric", `<meta name="publish-date" content="05.03.2021">`, "", "", "2021-03-05"},
		{"meta date as words", `<meta name="date" content="March 5, 2021 2:05 pm">`, "", "", "2021-03-05"},
		{"meta date with zone name", `<meta name="date" content="Fri, 05 Mar 2021 14:05:00 GMT">`, "", "", "2021-03-05T14:05:00Z"},
		{"itemprop meta", "", `<meta itemprop="datePublished" content="2021-03-05T14:05:00+01:00">`, "", "2021-03-05T14:05:00+01:00"},
		{"itemprop datetime", "", `<h1>H</h1><time itemprop="datePublished" datetime="2021-03-05T14:05:00+01:00">5. März</time>`, "", "2021-03-05T14:05:00+01:00"},
		{"itemprop text", "", `<h1>H</h1><span itemprop="datePublished">5. März 2021</span>`, "", "2021-03-05"},
		{"time pubdate over earlier time", "", `<header><time datetime="2026-11-26">Heute</time></header><h1>H</h1><time pubdate datetime="2021-03-05T14:05:00+01:00">5.3.2021</time>`, "", "2021-03-05T14:05:00+01:00"},
		{"time text only", "", `<h1>H</h1><time>26. November 2025</time>`, "", "2025-11-26"},
		{"abbr published", "", `<h1>H</h1><abbr class="published" title="2021-03-05T14:05:00+01:00">5 March</abbr>`, "", "2021-03-05T14:05:00+01:00"},
		{"wordpress entry-date", "", `<h1 class="entry-title">H</h1><span class="posted-on">Posted on <a href="/x"><time class="entry-date published" datetime="2021-03-05T14:05:00Z">March 5, 2021</time><time class="updated" datetime="2021-04-01T09:00:00+00:00">April 1, 2021</time></a></span>`, "", "2021-03-05T14:05:00Z"},
		{"wordpress updated first", "", `<h1>H</h1><time class="updated" datetime="2021-04-01T09:00:00+00:00">April 1</time><time class="entry-date published" datetime="2021-03-05T14:05:00Z">March 5</time>`, "", "2021-03-05T14:05:00Z"},
		{"url date", "", "", "https://example.com/2021/03/05/story.html", "2021-03-05"},
		{"url date dashed", "", "", "https://example.com/news/2021-03-05-story", "2021-03-05"},
		{"published over modified meta", `<meta property="article:modified_time" content="2021-04-01T09:00:00Z"><meta property="article:published_time" content="2021-03-05T09:00:00Z">`, "", "", "2021-03-05T09:00:00Z"},
		{"comment time skipped", "", `<h1>H</h1><p class="meta">5. März 2021</p><div class="comments"><time datetime="2021-03-09T10:00:00Z">9 March</time></div>`, "", "2021-03-05"},
		{"related time skipped", "", `<h1>H</h1><article><p>Text.</p></article><aside class="related"><time datetime="2021-02-01T10:00:00Z">1 Feb</time></aside><p class="date">Published 5 March 2021</p>`, "", "2021-03-05"},
		{"date-only stays", `<meta property="article:published_time" content="2021-03-05">`, "", "", "2021-03-05"},
		{"no zone shift late evening", `<meta property="article:published_time" content="2021-03-05T23:30:00-05:00">`, "", "", "2021-03-05T23:30:00-05:00"},
		{"unix seconds", `<meta name="parsely-pub-date" content="1614953100">`, "", "", "2021-03-05T14:05:00Z"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, metaOf(t, c.head, c.body, c.url).Published, c.name)
	}
}

func TestPublishedInBylineText(t *testing.T) {
	cases := []metaCase{
		{"de words", "", `<h1>H</h1><div class="byline">Von Max Mustermann, 26. November 2025</div>`, "", "2025-11-26"},
		{"de numeric", "", `<h1>H</h1><div class="article-meta">26.11.2025, 14:05 Uhr</div>`, "", "2025-11-26"},
		{"de veröffentlicht", "", `<h1>H</h1><p>Veröffentlicht am 3. März 2021, 14:05 Uhr</p>`, "", "2021-03-03"},
		{"de stand", "", `<h1>H</h1><div>Stand: 05.01.2022 18:12 Uhr</div>`, "", "2022-01-05"},
		{"de short year months", "", `<h1>H</h1><div class="date">Mo., 3. Jan. 2022</div>`, "", "2022-01-03"},
		{"fr", "", `<h1>H</h1><p class="meta">Publié le 3 mars 2021 à 14h05</p>`, "", "2021-03-03"},
		{"fr 1er", "", `<h1>H</h1><span class="date">1er décembre 2020</span>`, "", "2020-12-01"},
		{"fr plain", "", `<h1>H</h1><span class="date">26 novembre 2025</span>`, "", "2025-11-26"},
		{"es", "", `<h1>H</h1><span class="fecha">26 de noviembre de 2025</span><p class="date">Actualizado: 27 nov 2025</p>`, "", "2025-11-26"},
		{"es publicado", "", `<h1>H</h1><p>Publicado el 3 de marzo de 2021 a las 10:00</p>`, "", "2021-03-03"},
		{"it", "", `<h1>H</h1><span class="data">Pubblicato il 26 novembre 2025</span>`, "", "2025-11-26"},
		{"nl", "", `<h1>H</h1><span class="datum">26 november 2025, 14:05</span>`, "", "2025-11-26"},
		{"nl gepubliceerd", "", `<h1>H</h1><p>Gepubliceerd op 3 maart 2021</p>`, "", "2021-03-03"},
		{"en abbreviated", "", `<h1>H</h1><span class="date">Nov. 26, 2025</span>`, "", "2025-11-26"},
		{"en ordinal", "", `<h1>H</h1><span class="date">26th November 2025</span>`, "", "2025-11-26"},
		{"en ordinal month first", "", `<h1>H</h1><span class="date">November 26th, 2025</span>`, "", "2025-11-26"},
		{"iso", "", `<h1>H</h1><span class="date">2025-11-26</span>`, "", "2025-11-26"},
		{"updated then published", "", `<h1>H</h1><p class="meta">Updated: 27.11.2025 · Published: 26.11.2025</p>`, "", "2025-11-26"},
		{"de aktualisiert then erstellt", "", `<h1>H</h1><p class="meta">Aktualisiert am 27.11.2025 – Erstellt am 26.11.2025</p>`, "", "2025-11-26"},
		{"only updated", "", `<h1>H</h1><p class="meta">Aktualisiert am 27.11.2025</p>`, "", "2025-11-27"},
		{"footer copyright not a date", "", `<h1>H</h1><p>Text.</p><footer>© 2025 Example</footer>`, "", ""},
		{"prose date is not the article's", "", `<h1>H</h1><p>Der Vertrag wurde am 3. März 2019 unterzeichnet und gilt bis heute, sagte die Sprecherin am Montag in Berlin.</p>`, "", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, metaOf(t, c.head, c.body, c.url).Published, c.name)
	}
}

func TestPublishedNotAfterPageDates(t *testing.T) {
	// a weak source (a <time> in the header) later than the modified date
	// gives way to a date that fits
	a := metaOf(t, `<meta property="article:modified_time" content="2021-03-06T09:00:00Z">`,
		`<div class="header"><time datetime="2026-11-26">Donnerstag, 26. November 2026</time></div><h1>H</h1><p class="meta">5. März 2021</p>`, "")
	assert.Equal(t, "2021-03-05", a.Published)
}

func TestDateInTextForms(t *testing.T) {
	cases := map[string]string{
		"26. November 2026":                  "2026-11-26",
		"26.11.2026":                         "2026-11-26",
		"5.3.2021":                           "2021-03-05",
		"Veröffentlicht am 3. März 2021":     "2021-03-03",
		"3. Maerz 2021":                      "2021-03-03",
		"Publié le 3 mars 2021":              "2021-03-03",
		"26 de noviembre de 2026":            "2026-11-26",
		"26 novembre 2026":                   "2026-11-26",
		"26 november 2026":                   "2026-11-26",
		"Nov. 26, 2026":                      "2026-11-26",
		"26th November 2026":                 "2026-11-26",
		"2026-11-26":                         "2026-11-26",
		"2026/11/26":                         "2026-11-26",
		"26/11/2026":                         "2026-11-26",
		"11/26/2026":                         "2026-11-26",
		"1º de marzo de 2021":                "2021-03-01",
		"giovedì 26 novembre 2026":           "2026-11-26",
		"Phone 030 12.34.5678":               "",
		"32.13.2026":                         "",
		"May be":                             "",
		"In 2026 the May 5 plan":             "",
		"26 Nov 2026 | Updated 27 Nov 2026":  "2026-11-26",
		"Updated 27 Nov 2026 | 26 Nov 2026":  "2026-11-26",
		"Mis à jour le 27/11/2026":           "2026-11-27",
		"erschienen am 01.02.2021 um 10:00.": "2021-02-01",
	}
	for in, want := range cases {
		assert.Equal(t, want, dateInText(in), in)
	}
}

func TestDateLineText(t *testing.T) {
	for s, want := range map[string]bool{
		"Mo., 26.11.2025, 14:05 Uhr":           true,
		"Donnerstag, 26. November 2025":        true,
		"Publié le 3 mars 2021 à 14h05":        true,
		"Stand: 05.01.2022 18:12 Uhr":          true,
		"Am 26.11.2025 beginnt die Messe":      false,
		"Die Messe beginnt am 26. November":    false,
		"Kosten: 2,5 Millionen Euro":           false,
		"Max Mustermann · 26.11.2025 · 3 Min.": false,
	} {
		assert.Equal(t, want, dateLineText(s), s)
	}
	a := metaOf(t, "", `<h1>H</h1><p>Am 26.11.2025 beginnt die Messe.</p>`, "")
	assert.Equal(t, "", a.Published, "a sentence after the headline that mentions a date is not a date line")
	a = metaOf(t, ld(`{"@type":"WebPage","hasPart":[{"@type":"NewsArticle","headline":"H","datePublished":"2021-03-05"}]}`), "", "")
	assert.Equal(t, "2021-03-05", a.Published, "an article that is part of a web page")
}

func TestJSONLDPicksThePagesArticle(t *testing.T) {
	head := `<link rel="canonical" href="https://example.com/news/main-story">` +
		ld(`{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"A related story","url":"https://example.com/news/related","datePublished":"2021-01-01T08:00:00Z","author":{"@type":"Person","name":"Tessa Teaser"}}]}`) +
		ld(`{"@type":"NewsArticle","headline":"The main story","url":"https://example.com/news/main-story","datePublished":"2021-03-05T08:00:00Z","author":{"@type":"Person","name":"Rita Real"}}`)
	a := metaOf(t, head, "", "")
	assert.Equal(t, "The main story", a.Title)
	assert.Equal(t, []string{"Rita Real"}, a.Authors)
	assert.Equal(t, "2021-03-05T08:00:00Z", a.Published)
}

func TestPublishedSkipsHeaderDates(t *testing.T) {
	site := `<meta property="og:site_name" content="Beispielblatt">`
	a := metaOf(t, site, `<h1 class="logo">Beispielblatt</h1><div class="topbar"><time datetime="2026-11-26">Heute</time></div><h2>Schlagzeile</h2><p class="meta">Veröffentlicht am 24.11.2026</p>`, "")
	assert.Equal(t, "2026-11-24", a.Published, "the day's date in the header after a logo h1 is not the article's")
	a = metaOf(t, "", `<h1>Schlagzeile</h1><time datetime="2026-11-26">26.11.2026</time>`, "https://example.com/2026/11/20/schlagzeile")
	assert.Equal(t, "2026-11-20", a.Published, "a markup date days after the address's date gives way to it")
}

func TestPublishedUpdatedLinesLast(t *testing.T) {
	a := metaOf(t, "", `<h1>H</h1><li class="modified-date"><time class="updated" datetime="2018-10-05T08:15:05+00:00">October 5, 2018</time></li>`, "")
	assert.Equal(t, "2018-10-05T08:15:05Z", a.Published, "an update's <time> beats its date line's text")
	a = metaOf(t, "", `<h1>H</h1><span class="updated-date">Updated March 5, 2021</span>`, "")
	assert.Equal(t, "2021-03-05", a.Published, "an update's date line is the last resort")
}
