package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestMetadataWholePages reads whole pages written in the common house
// styles (testdata/meta: a regional German paper with the day's date in
// its header, related stories and comments; a French national with a
// Yoast-style @graph; a Spanish page with agency copy; an Italian
// WordPress blog; a Dutch news page; an English blog) and checks the
// title, the authors and the publication day.
func TestMetadataWholePages(t *testing.T) {
	cases := []struct {
		file, url, title, day string
		authors               []string
	}{
		{"de-regional.html", "", "Stadtrat beschließt neue Radwege für die Innenstadt", "2026-11-24", []string{"Erika Musterfrau", "Hans Beispiel"}},
		{"fr-national.html", "", "Le gouvernement présente son plan pour l’hôpital", "2026-03-03", []string{"Jean Dupont", "Marie Martin"}},
		{"es-agencia.html", "", "El Gobierno aprueba la reforma de las pensiones", "2026-11-26", []string{"EFE"}},
		{"it-blog.html", "", "Ricetta della pasta alla norma", "2025-08-14", []string{"Giulia Bianchi"}},
		{"nl-nieuws.html", "", "Kabinet presenteert nieuwe klimaatplannen", "2024-03-05", []string{"Jan de Vries", "Piet Jansen"}},
		{"en-blog.html", "", "Ten things I learned from running a marathon", "2025-04-21", []string{"Jane Roe"}},
	}
	for _, c := range cases {
		b, err := os.ReadFile(filepath.Join("testdata", "meta", c.file))
		require.NoError(t, err)
		root, err := html.Parse(strings.NewReader(string(b)))
		require.NoError(t, err)
		a, _ := metadataFrom(gatherFacts(root), c.url)
		assert.Equal(t, c.title, a.Title, c.file)
		assert.Equal(t, c.authors, a.Authors, c.file)
		assert.Equal(t, c.day, a.Published[:min(10, len(a.Published))], c.file)
	}
}
