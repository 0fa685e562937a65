package pipeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/extract"
)

// outletName returns a byline piece as the outlets word list spells it
// ("The Associated Press" and "ASSOCIATED PRESS" give "Associated Press"),
// and whether it names a news outlet or agency.
func outletName(p string) (string, bool) {
	p = strings.TrimSpace(p)
	outlets := extract.DefaultLexicon().List("outlets")
	if o, ok := outlets.Original(p); ok {
		return o, true
	}
	if o, ok := wireAgencies[strings.ToLower(p)]; ok {
		return o, true
	}
	if len(p) > 4 && strings.EqualFold(p[:4], "the ") {
		return outlets.Original(strings.TrimSpace(p[4:]))
	}
	return "", false
}

// wireAgencies are European news agencies that credit wire copy, beside
// the outlets word list, keyed in lower case and spelt as they sign.
var wireAgencies = map[string]string{
	"apa": "APA", "kna": "KNA", "epd": "epd", "dts": "dts", "ddp": "ddp", "dpa-afx": "dpa-AFX", "afp": "AFP", "ap": "AP",
	"reuters": "Reuters", "sda": "SDA", "keystone-sda": "Keystone-SDA", "belga": "Belga", "anp": "ANP", "europa press": "Europa Press",
	"agencia efe": "EFE", "efe": "EFE", "lusa": "Lusa", "agi": "AGI", "adnkronos": "Adnkronos", "ansa": "ANSA", "xinhua": "Xinhua",
	"tass": "TASS", "ria nowosti": "RIA Nowosti", "ria novosti": "RIA Novosti", "ukrinform": "Ukrinform", "pap": "PAP", "ctk": "ČTK", "čtk": "ČTK",
	"mti": "MTI", "ritzau": "Ritzau", "ntb": "NTB", "ana-mpa": "ANA-MPA", "hina": "HINA", "bta": "BTA",
}

// outletCredit returns the news agencies or outlets a page credits as its
// author when it credits no person (all those of the first source that
// credits any: "dpa/AFP" gives both) ("By Associated Press", a JSON-LD author
// "The Associated Press", "PTI, Washington"): for wire copy the agency is
// where the words come from. Only the first source that credits anyone
// counts, so that a teaser's "By Reuters" further down does not stand in
// for the page's own "By Staff". The site itself and its publisher are
// not credits ("By BBC News" on the BBC's own page names no author). The
// first structured sources (JSON-LD and author meta tags) do not count
// when they credit only the site or its newsroom ("Redacción"): the
// visible byline says more.
func outletCredit(sources [][]string, site, publisher string, structured int) ([]string, bool) {
	for i, src := range sources {
		credited := false
		var agencies []string
		for _, s := range src {
			if t := strings.TrimSpace(s); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
				s = t[1 : len(t)-1] // "(dpa)": a byline that is only a bracket
			}
			for _, p := range bylinePieces(s) {
				p = trimBylinePrefix(strings.Trim(strings.TrimSpace(p), ",.:;()[]|"))
				if p == "" || i < structured && newsroomCredit(p, site, publisher) {
					continue
				}
				credited = true
				o, ok := outletName(p)
				if ok && !overlapsWords(o, site) && !overlapsWords(o, publisher) && !overlapsWords(p, site) && !overlapsWords(p, publisher) && !slices.Contains(agencies, o) {
					agencies = append(agencies, o)
				}
			}
		}
		if len(agencies) > 0 {
			return agencies, true
		}
		if credited {
			return nil, false
		}
	}
	return nil, false
}

// bylinePieces splits a byline at its name separators ("and", commas,
// line breaks and the like) after dropping addresses, credits other than
// authorship and brackets.
func bylinePieces(s string) []string {
	s = normalizeSpace(openBrackets(dropRoleBrackets(cutOtherRoles(dropAddresses(cutSentence(s))))))
	if s == "" {
		return nil
	}
	pieces := []string{s}
	for _, sep := range nameSeparators {
		var next []string
		for _, p := range pieces {
			next = append(next, splitFold(p, sep)...)
		}
		pieces = next
	}
	return pieces
}

// cutSentence cuts a byline where a sentence ends after a full word and
// another starts: "Jane Doe. Sputnik International" and "Jane Doe. Jane is
// a reporter" keep "Jane Doe"; the period after an initial ("Bradley M.
// Kuhn"), a title ("Prof. Jane Doe") or "Jr." does not end a sentence.
func cutSentence(s string) string {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+1:], " "))
		if !unicode.IsUpper(next) {
			continue
		}
		word := s[strings.LastIndexAny(s[:i], " \t\n(")+1 : i]
		if utf8.RuneCountInString(word) >= 3 && !strings.Contains(word, ".") && !abbrevBeforeName[strings.ToLower(word)] &&
			!extract.DefaultLexicon().List("honorifics").Has(word) {
			return s[:i]
		}
	}
	return s
}

// abbrevBeforeName are abbreviations with a period that sit inside or
// before a name rather than end a sentence.
var abbrevBeforeName = map[string]bool{"sen": true, "rep": true, "gov": true, "gen": true, "col": true, "capt": true, "sgt": true, "lt": true, "cpl": true, "det": true, "insp": true, "supt": true, "hon": true, "sra": true, "mme": true, "mlle": true}

// titleName writes a name given in capitals in the usual case: "TOM
// KRISHER" gives "Tom Krisher", "SEAN O'BRIEN-MCKAY" gives "Sean
// O'Brien-McKay". A name with any lower-case letter is left as written, and
// so is a single word, which may be a handle ("KWCHCIK").
func titleName(p string) string {
	if len(strings.Fields(p)) < 2 || strings.IndexFunc(p, unicode.IsLower) >= 0 || strings.IndexFunc(p, func(r rune) bool { return unicode.Is(unicode.Latin, r) }) < 0 {
		return p
	}
	var b strings.Builder
	rs := []rune(p)
	for i, r := range rs {
		start := i == 0 || strings.ContainsRune(" -'’.", rs[i-1]) ||
			i >= 2 && (rs[i-2] == 'M' || rs[i-2] == 'm') && rs[i-1] == 'C' && (i == 2 || rs[i-3] == ' ' || rs[i-3] == '-') && i+1 < len(rs) && unicode.IsLetter(rs[i+1])
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// newsroomCredit reports whether a byline piece credits only the site or
// its newsroom: the site's or publisher's name, or words such as
// "Redaktion" and "Staff".
func newsroomCredit(p, site, publisher string) bool {
	if overlapsWords(p, site) || overlapsWords(p, publisher) {
		return true
	}
	if _, ok := outletName(p); ok {
		return false // an agency
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == ' ' || r == '-' }) {
		if notNameWords[w] {
			return true
		}
	}
	return false
}
