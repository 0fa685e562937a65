package extract

import (
	"strings"
	"unicode/utf8"
)

// germanBodyEndings end the one-word names of German public bodies and
// associations ("Bundeskartellamt", "Bauernverband", "Bundesgerichtshof"
// is not one: it ends in "hof"). Each ending is a German noun for an
// office, a court, a chamber, a ministry, a foundation or an association.
var germanBodyEndings = []string{
	"amt", "verband", "ministerium", "gericht", "kammer", "stiftung",
	"gesellschaft", "anstalt", "behörde", "agentur",
}

// germanBodyWord reports whether w, one capitalised word, is a German
// compound naming a body: it ends in one of germanBodyEndings, after a
// part of at least four letters ("Startup-Verband", "Bundeskartellamt";
// not "Dreamt").
func germanBodyWord(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range germanBodyEndings {
		if strings.HasSuffix(lw, e) && utf8.RuneCountInString(strings.TrimSuffix(strings.TrimSuffix(lw, e), "-")) >= 4 {
			return true
		}
	}
	return false
}
