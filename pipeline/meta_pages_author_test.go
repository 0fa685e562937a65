package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type authorCase struct {
	name, head, body, url string
	want                  []string
}

func TestAuthorSources(t *testing.T) {
	cases := []authorCase{
		{"meta author", `<meta name="author" content="Max Mustermann">`, "", "", []string{"Max Mustermann"}},
		{"article:author name", `<meta property="article:author" content="Jane Doe">`, "", "", []string{"Jane Doe"}},
		{"article:author profile url, byline wins", `<meta property="article:author" content="https://www.facebook.com/janedoe">`, `<h1>H</h1><p class="byline">By Jane Doe</p>`, "", []string{"Jane Doe"}},
		{"author page url as last resort", `<meta property="article:author" content="https://example.com/author/jane-doe/">`, "", "", []string{"Jane Doe"}},
		{"profile url as last resort", `<meta name="author" content="https://example.com/profile/max-mustermann">`, "", "", []string{"Max Mustermann"}},
		{"facebook url is no name", `<meta property="article:author" content="https://www.facebook.com/examplenews">`, "", "", []string{}},
		{"ld string", ld(`{"@type":"NewsArticle","author":"Jean Dupont"}`), "", "", []string{"Jean Dupont"}},
		{"ld array of strings", ld(`{"@type":"NewsArticle","author":["Ana García","Luis Pérez"]}`), "", "", []string{"Ana García", "Luis Pérez"}},
		{"ld person in graph by id", ld(`{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#p"}]},{"@type":"Person","@id":"#p","name":"Mario Rossi"}]}`), "", "", []string{"Mario Rossi"}},
		{"ld Redaktion", ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"Redaktion"}}`), "", "", []string{}},
		{"ld Redaktion with site", ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"Redaktion Beispielblatt"}}`), "", "", []string{}},
		{"rel author", "", `<h1>H</h1><a rel="author" href="/autor/erika">Erika Musterfrau</a>`, "", []string{"Erika Musterfrau"}},
		{"itemprop author name", "", `<h1>H</h1><div itemprop="author" itemscope><a href="/a"><span itemprop="name">Jan de Vries</span></a><span itemprop="jobTitle">Redacteur</span></div>`, "", []string{"Jan de Vries"}},
		{"vcard fn", "", `<h1>H</h1><span class="vcard"><a class="url fn n" href="/a">Mario Rossi</a></span>`, "", []string{"Mario Rossi"}},
		{"entry-author", "", `<h1>H</h1><span class="entry-author"><a href="/a">Ana García</a></span>`, "", []string{"Ana García"}},
		{"related story byline skipped", "", `<h1>H</h1><p>Text.</p><div class="related-articles"><span class="byline">By Tessa Teaser</span></div>`, "", []string{}},
		{"figure credit is no byline", "", `<h1>H</h1><figure><img src="a.jpg"><figcaption>Die Halle. <span class="author">Foto: Eva Bild</span></figcaption></figure><p class="byline">Von Max Mustermann</p>`, "", []string{"Max Mustermann"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, metaOf(t, c.head, c.body, c.url).Authors, c.name)
	}
}

func TestAuthorBylinesInLanguages(t *testing.T) {
	cases := map[string][]string{
		"Von Max Mustermann":                                 {"Max Mustermann"},
		"Von: Max Mustermann":                                {"Max Mustermann"},
		"Par Jean Dupont":                                    {"Jean Dupont"},
		"Por Ana García":                                     {"Ana García"},
		"Di Mario Rossi":                                     {"Mario Rossi"},
		"Door Jan de Vries":                                  {"Jan de Vries"},
		"Text: Max Mustermann":                               {"Max Mustermann"},
		"Autor: Max Mustermann":                              {"Max Mustermann"},
		"Autorin: Erika Musterfrau":                          {"Erika Musterfrau"},
		"Written by Jane Doe":                                {"Jane Doe"},
		"Ein Beitrag von Max Mustermann":                     {"Max Mustermann"},
		"Texto: Ana García":                                  {"Ana García"},
		"Max Mustermann, Korrespondent in Washington":        {"Max Mustermann"},
		"Max Mustermann, Chefredakteur":                      {"Max Mustermann"},
		"Von Max Mustermann, Berlin":                         {"Max Mustermann"},
		"Von Max Mustermann | 26.11.2025, 14:05 Uhr":         {"Max Mustermann"},
		"Par Jean Dupont, envoyé spécial à Kiev":             {"Jean Dupont"},
		"Par Jean Dupont le 3 mars 2021":                     {"Jean Dupont"},
		"Por Ana García, corresponsal en Bruselas":           {"Ana García"},
		"Di Mario Rossi, inviato a Roma":                     {"Mario Rossi"},
		"Max Mustermann, Erika Musterfrau und Hans Beispiel": {"Max Mustermann", "Erika Musterfrau", "Hans Beispiel"},
		"Jean Dupont et Marie Martin":                        {"Jean Dupont", "Marie Martin"},
		"Ana García y Luis Pérez":                            {"Ana García", "Luis Pérez"},
		"Mario Rossi e Giulia Bianchi":                       {"Mario Rossi", "Giulia Bianchi"},
		"Jan de Vries en Piet Jansen":                        {"Jan de Vries", "Piet Jansen"},
		"Ursula von der Leyen":                               {"Ursula von der Leyen"},
		"Anne-Sophie Müller":                                 {"Anne-Sophie Müller"},
		"J. K. Rowling":                                      {"J. K. Rowling"},
		"Text: Max Mustermann, Fotos: Eva Bild":              {"Max Mustermann"},
		"Foto: Eva Bild":                                     {},
		"Bild: Eva Bild":                                     {},
		"Photo: Pat Lens":                                    {},
		"Redaktion":                                          {},
		"Von Redaktion":                                      {},
		"Rédaction":                                          {},
		"Redacción":                                          {},
		"Max Mustermann, Redakteur Politik":                  {"Max Mustermann"},
		"Jean Dupont, journaliste":                           {"Jean Dupont"},
		"Max Mustermann mit dpa":                             {"Max Mustermann"},
		"Von Max Mustermann und Erika Musterfrau, Brüssel":   {"Max Mustermann", "Erika Musterfrau"},
		"Jean Dupont (avec AFP)":                             {"Jean Dupont"},
		"Max Mustermann aus Berlin":                          {"Max Mustermann"},
		"Bearbeitet von Max Mustermann":                      {},
	}
	for in, want := range cases {
		got := metaOf(t, "", `<h1>H</h1><p class="byline">`+in+`</p>`, "").Authors
		assert.Equal(t, want, got, in)
	}
}

func TestAuthorPlainBylinesInLanguages(t *testing.T) {
	cases := map[string][]string{
		`<h1>H</h1><p>Von Max Mustermann</p>`:                            {"Max Mustermann"},
		`<h1>H</h1><p>Par Jean Dupont</p>`:                               {"Jean Dupont"},
		`<h1>H</h1><p>Por Ana García</p>`:                                {"Ana García"},
		`<h1>H</h1><p>Di Mario Rossi</p>`:                                {"Mario Rossi"},
		`<h1>H</h1><p>Door Jan de Vries</p>`:                             {"Jan de Vries"},
		`<h1>H</h1><p>Text: Max Mustermann</p>`:                          {"Max Mustermann"},
		`<h1>H</h1><p>Autor: Max Mustermann</p>`:                         {"Max Mustermann"},
		`<h1>H</h1><p>Written by Jane Doe</p>`:                           {"Jane Doe"},
		`<h1>H</h1><p>Von Berlin aus fuhr der Zug los.</p>`:              {},
		`<h1>H</h1><p>Par ailleurs, le gouvernement a décidé.</p>`:       {},
		`<h1>H</h1><p>Di Maio ha detto che il governo resta.</p>`:        {},
		`<h1>H</h1><p>Foto: Eva Bild</p>`:                                {},
		`<h1>H</h1><div class="comment"><p>Von Karl Kommentar</p></div>`: {},
	}
	for body, want := range cases {
		assert.Equal(t, want, metaOf(t, "", body, "").Authors, body)
	}
}

func TestAuthorAgencies(t *testing.T) {
	cases := map[string][]string{
		`<p class="byline">dpa</p>`:                     {"dpa"},
		`<p class="byline">Quelle: dpa</p>`:             {"dpa"},
		`<p class="byline">Von Max Mustermann, dpa</p>`: {"Max Mustermann"},
		`<p class="byline">AFP</p>`:                     {"AFP"},
		`<p class="byline">APA</p>`:                     {"APA"},
		`<p class="byline">Redaktion</p>`:               {},
		`<p class="byline">(dpa)</p>`:                   {"dpa"},
		`<p class="byline">dpa/AFP</p>`:                 {"dpa", "AFP"},
		`<p class="byline">Quelle: dpa, Reuters</p>`:    {"dpa", "Reuters"},
		`<p class="byline">red/dpa</p>`:                 {"dpa"},
	}
	for body, want := range cases {
		assert.Equal(t, want, metaOf(t, "", "<h1>H</h1>"+body, "").Authors, body)
	}
}

func TestNameFromProfileURL(t *testing.T) {
	cases := map[string]string{
		"https://example.com/author/jane-doe/":           "Jane Doe",
		"https://example.com/autor/jan-de-vries-1234":    "Jan de Vries",
		"/autoren/erika_musterfrau.html":                 "Erika Musterfrau",
		"https://example.com/people/j-doe":               "",
		"https://www.facebook.com/janedoe":               "",
		"https://example.com/author/janedoe":             "",
		"https://example.com/2021/03/05/some-story-here": "",
		"Jane Doe": "",
	}
	for in, want := range cases {
		assert.Equal(t, want, nameFromProfileURL(in), in)
	}
	a := metaOf(t, "", `<h1>H</h1><a rel="author" href="/autor/max-mustermann"><img src="m.jpg" alt=""></a>`, "")
	assert.Equal(t, []string{"Max Mustermann"}, a.Authors, "a rel=author link without text spells the name in its address")
}

func TestAuthorCreditsAndClasses(t *testing.T) {
	site := `<meta property="og:site_name" content="Beispielblatt">`
	cases := []authorCase{
		{"meta credit of another body", site + `<meta name="author" content="Zentrale für Verbraucher">`, "", "", []string{"Zentrale für Verbraucher"}},
		{"meta credit that is the site", site + `<meta name="author" content="Beispielblatt">`, "", "", []string{}},
		{"meta credit that is the host", `<meta name="author" content="Beispiel-Zeitung">`, "", "https://www.beispiel-zeitung.de/a", []string{}},
		{"meta credit newsroom", `<meta name="author" content="Beispiel-Redaktion">`, "", "", []string{}},
		{"a person beats a credit", `<meta name="author" content="Zentrale für Verbraucher">`, `<h1>H</h1><p class="byline">Von Max Mustermann</p>`, "", []string{"Max Mustermann"}},
		{"newspaper name", `<meta name="author" content="Stuttgarter Zeitung">`, "", "", []string{}},
		{"class autor", "", `<h1>H</h1><span class="artikel-autor">Erika Musterfrau</span>`, "", []string{"Erika Musterfrau"}},
		{"class auteur", "", `<h1>H</h1><span class="article__auteur">Jean Dupont</span>`, "", []string{"Jean Dupont"}},
		{"class autorenbox is a biography", "", `<h1>H</h1><div class="autorenbox">Erika Musterfrau schreibt seit 2010 über Politik.</div>`, "", []string{}},
		{"fn of an organisation", "", `<h1>H</h1><div class="vcard"><span class="fn org">Beispiel GmbH</span></div>`, "", []string{}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, metaOf(t, c.head, c.body, c.url).Authors, c.name)
	}
}
