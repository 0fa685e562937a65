package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTitleForms(t *testing.T) {
	site := `<meta property="og:site_name" content="Beispielblatt">`
	cases := []metaCase{
		{"og title is taken as written", site + `<meta property="og:title" content="Stadtrat schließt die Bibliothek | Beispielblatt">`, "", "", "Stadtrat schließt die Bibliothek | Beispielblatt"},
		{"title with host suffix", `<title>Stadtrat schließt die Bibliothek - beispiel.de</title>`, "", "https://www.beispiel.de/a", "Stadtrat schließt die Bibliothek"},
		{"title with host name suffix", `<title>Der Rat und die Stadt tagen - Beispiel Online Nachrichten Heute</title>`, "", "https://www.beispiel-online-nachrichten-heute.de/a", "Der Rat und die Stadt tagen"},
		{"og title keeps a dash that is the headline's", `<meta property="og:title" content="Brexit - what happens next">`, "", "", "Brexit - what happens next"},
		{"title en dash", `<title>Le conseil ferme la bibliothèque – Le Exemple</title>`, "", "", "Le conseil ferme la bibliothèque"},
		{"title double colon", `<title>Council closes the library :: Example Times</title>`, "", "", "Council closes the library"},
		{"title guillemet", `<title>Council closes the library « Example Blog</title>`, "", "", "Council closes the library"},
		{"title site prefix", site + `<title>Beispielblatt - Stadtrat schließt die Bibliothek</title>`, "", "", "Stadtrat schließt die Bibliothek"},
		{"title site prefix colon", site + `<title>Beispielblatt: Stadtrat schließt die Bibliothek</title>`, "", "", "Stadtrat schließt die Bibliothek"},
		{"title section and site", site + `<title>Stadtrat schließt die Bibliothek | Politik | Beispielblatt</title>`, "", "", "Stadtrat schließt die Bibliothek"},
		{"ld headline", ld(`{"@type":"NewsArticle","headline":"Stadtrat schließt die Bibliothek"}`) + `<title>Bibliothek zu | Beispielblatt</title>`, "", "", "Stadtrat schließt die Bibliothek"},
		{"ld headline truncated", ld(`{"@type":"NewsArticle","headline":"Der Stadtrat hat am Dienstagabend beschlossen, die…"}`) + `<meta property="og:title" content="Der Stadtrat hat am Dienstagabend beschlossen, die Bibliothek zu schließen">`, "", "", "Der Stadtrat hat am Dienstagabend beschlossen, die Bibliothek zu schließen"},
		{"h1 logo", site + `<title>Stadtrat schließt die Bibliothek | Beispielblatt</title>`, `<h1 class="logo"><a href="/">Beispielblatt</a></h1><h2>Stadtrat schließt die Bibliothek</h2>`, "", "Stadtrat schließt die Bibliothek"},
		{"title is only the site, h1 logo then headline", site + `<title>Beispielblatt</title>`, `<h1 class="logo">Beispielblatt</h1><h1>Stadtrat schließt die Bibliothek</h1>`, "", "Stadtrat schließt die Bibliothek"},
		{"h1 decides a cut in other separators", `<title>Stadtrat schließt die Bibliothek - Politik | Beispiel Online</title>`, `<h1>Stadtrat schließt die Bibliothek</h1>`, "", "Stadtrat schließt die Bibliothek"},
		{"h1 that names the docs, at the end", `<title>Evolve: shared history — Evolve Extension for Mercurial</title>`, `<h1>Evolve Extension for Mercurial</h1>`, "", "Evolve: shared history"},
		{"h1 decides a cut", `<title>Evolve: shared history — a guide - Example Docs</title>`, `<h1>Evolve: shared history — a guide</h1>`, "", "Evolve: shared history — a guide"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, metaOf(t, c.head, c.body, c.url).Title, c.name)
	}
}
