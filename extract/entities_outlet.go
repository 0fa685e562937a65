package extract

import (
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// outletCue is what the words beside a run say about it, read from the
// outlet_cues list ("before weak", "after clause", …).
type outletCue struct {
	// strong is true when only a publication fits the position; a weak
	// cue needs a word in the name that no person's name has.
	strong bool
	// outlet is true when the name is a publication, false when it may be
	// any organisation ("according to X").
	outlet bool
	// article is true when "the" stands before the name.
	article bool
}

// clauseEnds may follow "reported" or "revealed" when the verb takes no
// object: "X reported.", "X reported on Monday", "X revealed that …".
var clauseEnds = map[string]bool{
	".": true, ",": true, ";": true, ":": true, "—": true, "–": true, ")": true,
	"that": true, "on": true, "last": true, "this": true, "yesterday": true,
	"earlier": true, "today": true, "tonight": true, "overnight": true,
	"in": true, "at": true, "citing": true, "quoting": true, "after": true,
	"when": true, "while": true, "late": true,
}

// outletsByCue finds the runs that stand where news outlets are named
// ("Labour List reported", "told My London:", "writing in Prospect") and
// look like an outlet's name rather than a person's, and makes each an
// organisation mention, kept whole. A run with the same words elsewhere in
// the article gets the same mention. It returns the mentions by run index.
func (x *entityLex) outletsByCue(d *nlp.Doc, runs []run) map[int]*mention {
	found := map[string]string{} // name → subtype
	for _, r := range runs {
		ws := x.outletTrim(r)
		if len(ws) == 0 {
			continue
		}
		c, ok := x.cueAround(d, r, ws)
		if !ok {
			continue
		}
		if !x.outletName(ws) || !x.outletShaped(d, ws, c) {
			continue
		}
		sub := ""
		if c.outlet {
			sub = "outlet"
		}
		if old, seen := found[joinWords(ws)]; !seen || old == "" {
			found[joinWords(ws)] = sub
		}
	}
	if len(found) == 0 {
		return nil
	}
	out := map[int]*mention{}
	for i, r := range runs {
		ws := x.outletTrim(r)
		sub, ok := found[joinWords(ws)]
		if !ok || len(ws) == 0 {
			continue
		}
		m := newMention(ws)
		m.Type, m.Subtype, m.Strength, m.Sentence = TypeOrg, sub, evShape, r.Sentence
		m.Key = normKey(m.name(), sub)
		if ws[len(ws)-1].End == r.Words[len(r.Words)-1].End {
			m.Next = r.Next
		}
		out[i] = &m
	}
	return out
}

// outletTrim returns the words of r that could name an outlet: openers,
// a lower-case "the" that starts another phrase and what follows it,
// closing days and months and dangling connectors dropped; none for a
// party or public body phrase, a possessive joint, a business named with
// its possessive or a list of credits.
func (x *entityLex) outletTrim(r run) []nameWord {
	if r.Body > 0 || r.Party || r.Poss >= 0 || r.Owned || r.Credit != "" {
		return nil
	}
	ws := x.dropOpeners(r.Words, x.lowerSeen)
	for i, w := range ws {
		if w.Text == "the" && i > 0 && !connectors[ws[i-1].Text] {
			ws = ws[:i] // "told Billboard the Doobies have …"
			break
		}
	}
	for len(ws) > 1 && x.dateWord(ws[len(ws)-1].Text) {
		ws = ws[:len(ws)-1] // "told Kent Live on Monday"
	}
	return trimConnectors(ws)
}

// outletName reports whether the trimmed words of a run (outletTrim) can
// be an outlet's name. It fails for names another rule reads better: a single
// listed name, a name whose own words say it is an organisation ("Harbour
// Weekly") or end in a place word ("Kings Road"), two names joined by
// "and", words with signs no name holds. A place head alone ("Bay City
// Ledger") yields to the cue.
func (x *entityLex) outletName(ws []nameWord) bool {
	if len(ws) == 0 || len(ws) > 5 || x.knownAt(ws, 0) == len(ws) {
		return false
	}
	for _, w := range ws {
		if w.Text == "and" || strings.ContainsFunc(w.Text, notNameRune) {
			return false // "written in C++", "Foundation:[41"
		}
	}
	m, ok := x.wholeName(ws)
	return !ok || !(m.Type == TypeOrg || x.isKnown(m.name()) || x.placeSuffixes.Has(ws[len(ws)-1].Text))
}

// notNameRune reports whether r cannot stand in a word of an outlet's
// name: anything but letters, digits and . ' ’ & - !
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".'’&-!", r)
}

// cueAround returns the outlet cue before or after the run, if any. ws are
// the run's words that could name the outlet; a cue after the run counts
// only when they end it. An article before the name ("the Echo", "The
// Argus" inside a sentence) marks it as no person's name: the cue's
// article field says so.
func (x *entityLex) cueAround(d *nlp.Doc, r run, ws []nameWord) (outletCue, bool) {
	s := d.Sentences[r.Sentence]
	first := r.Words[0]
	article := first.Text == "The" && !first.Initial || first.Tok-1 >= s.First && d.Tokens[first.Tok-1].Text == "the"
	colon := r.Next < s.Last && d.Tokens[r.Next].Text == ":" && ws[len(ws)-1].End == r.Words[len(r.Words)-1].End
	c, ok := x.cueBefore(d, s, first.Tok, colon)
	if ok && modifies(d, s, r.Next) && !(!c.outlet && sourceNouns[d.Tokens[r.Next].Text]) {
		return outletCue{}, false // "told Barnet Labour leader Anne Hutton"
	}
	if !ok && ws[len(ws)-1].End == r.Words[len(r.Words)-1].End {
		c, ok = x.cueAfter(d, s, first.Tok, r.Next)
	}
	c.article = article
	return c, ok
}

// sourceNouns after a name that "according to" introduces make the name
// the body that compiled them ("according to LSEG data").
var sourceNouns = map[string]bool{
	"data": true, "figures": true, "estimates": true, "analysis": true, "research": true,
	"statistics": true, "polling": true, "survey": true, "calculations": true, "records": true,
}

// modifies reports whether a lower-case noun follows a run ending before
// token i: the run qualifies that noun rather than naming who was told.
func modifies(d *nlp.Doc, s nlp.Sentence, i int) bool {
	return i < s.Last && isLowerWord(d.Tokens[i].Text) && strings.HasPrefix(d.Tokens[i].Tag, "NN")
}

// cueBefore looks for a cue phrase ending right before token i, with a
// lower-case "the" allowed between ("told the Echo"); colonAfter says a
// colon follows the name, which makes "told X:" a strong cue.
func (x *entityLex) cueBefore(d *nlp.Doc, s nlp.Sentence, i int, colonAfter bool) (outletCue, bool) {
	cues := x.lex.List("outlet_cues")
	end := i
	if end-1 >= s.First && d.Tokens[end-1].Text == "the" {
		end--
	}
	for n := min(cues.MaxWords(), end-s.First); n > 0; n-- {
		v, _ := cues.Value(tokenPhrase(d, end-n, end))
		switch cueHow(v, "before") {
		case "strong":
			return outletCue{strong: true, outlet: true}, true
		case "weak":
			// "told X:" before a quotation: only a person or an outlet is
			// told so, and the name shows no person (outletShaped).
			return outletCue{outlet: true, strong: colonAfter}, true
		case "source":
			return outletCue{}, true
		case "inverted":
			if j := end - n - 1; j >= s.First && (d.Tokens[j].Text == "," || closingMark(d.Tokens[j].Text)) {
				return outletCue{strong: true, outlet: true}, true
			}
		}
	}
	return outletCue{}, false
}

// cueAfter looks for a cue phrase starting at token i, right after a run
// that starts at token from, or a possessive and a job at an outlet ("’s
// political editor").
func (x *entityLex) cueAfter(d *nlp.Doc, s nlp.Sentence, from, i int) (outletCue, bool) {
	cues := x.lex.List("outlet_cues")
	if i < s.Last && isPossessive(d.Tokens[i].Text) {
		for j := i + 1; j < s.Last && j <= i+3 && isLowerWord(d.Tokens[j].Text); j++ {
			if v, _ := cues.Value(d.Tokens[j].Text); v == "staff" {
				return outletCue{strong: true, outlet: true}, true
			}
		}
		return outletCue{}, false
	}
	for n := min(cues.MaxWords(), s.Last-i); n > 0; n-- {
		v, _ := cues.Value(tokenPhrase(d, i, i+n))
		switch cueHow(v, "after") {
		case "strong":
			return outletCue{strong: true, outlet: true}, true
		case "weak":
			return outletCue{outlet: true}, true
		case "clause":
			j := i + n
			if j >= s.Last || clauseEnds[strings.ToLower(d.Tokens[j].Text)] {
				// "…, X reported on Monday." and "X reported." after a quote
				// name an outlet; "X reported on Monday that sales rose"
				// may be any organisation.
				ends := j >= s.Last || !isWord(d.Tokens[j].Text)
				after := from > s.First && (d.Tokens[from-1].Text == "," || closingMark(d.Tokens[from-1].Text))
				quoted := strings.ContainsAny(d.Text[s.Start:d.Tokens[from].Start], "”\"")
				return outletCue{strong: true, outlet: ends || after || quoted}, true
			}
		case "comment":
			if strings.Contains(d.Text[d.Tokens[i+n-1].End():s.End], " for comment") {
				return outletCue{strong: true, outlet: true}, true
			}
		}
	}
	return outletCue{}, false
}

// cueHow returns how a cue phrase marks an outlet on the given side of
// the name ("weak", "clause", …) from its outlet_cues value ("before
// inverted, after clause"), "" when it is no cue on that side.
func cueHow(v, where string) string {
	for _, p := range strings.Split(v, ",") {
		if w, how, ok := strings.Cut(strings.TrimSpace(p), " "); ok && w == where {
			return how
		}
	}
	return ""
}

// tokenPhrase joins the lower-cased texts of tokens [i, j) with spaces.
func tokenPhrase(d *nlp.Doc, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(d.Tokens[k].Text))
	}
	return b.String()
}

// closingMark reports whether s is a closing quotation mark.
func closingMark(s string) bool { return s == "”" || s == "’" || s == "\"" || s == "'" }

// outletShaped reports whether ws, standing where a cue puts an outlet,
// can name one: nothing in it (or in a part of it between connectors)
// marks a person (a given name first, a title or honorific, an initial, a
// particle, a surname the article gives a person elsewhere, a
// nationality); a lone word is no common word, bare organisation or place
// word, chamber of a legislature or job; and after a weak cue an article before it or a word in it
// shows no person is named.
func (x *entityLex) outletShaped(d *nlp.Doc, ws []nameWord, c outletCue) bool {
	from := 0
	for i := 0; i <= len(ws); i++ {
		if i < len(ws) && !(connectors[ws[i].Text] && !particles[ws[i].Text]) {
			continue
		}
		if i > from && x.personShaped(d, ws[from:i]) {
			return false // "Wee of the Times reports": a writer at the outlet
		}
		from = i + 1
	}
	if w := ws[0].Text; len(ws) == 1 && (x.commonCaps.Has(w) || x.lowerSeen[strings.ToLower(w)] || x.orgSuffixes.Has(w) ||
		x.placeSuffixes.Has(w) || x.chamberShape(w) != "" || x.roles.Has(w) || x.lex.List("programming_languages").Has(w)) {
		return false // "wrote in March", "told the Court", "told the Commons", "told the Chair", "wrote in Rust"
	}
	return c.strong || c.article || x.notPersonWord(ws)
}

// personShaped reports whether ws shows any mark of a person's name.
func (x *entityLex) personShaped(d *nlp.Doc, ws []nameWord) bool {
	if x.firstNames.Has(ws[0].Text) || x.isDemonym(joinWords(ws)) || hasParticle(ws) || hasHyphenGiven(ws) {
		return true
	}
	for i, w := range ws {
		if _, _, n := x.title(ws, i); n > 0 || (len(w.Text) <= 2 && strings.HasSuffix(w.Text, ".")) {
			return true
		}
	}
	return x.namedPersonElsewhere(d, ws)
}

// namedPersonElsewhere reports whether the last word of ws is a person's
// surname elsewhere in the article: it follows a given name or an honorific
// ("Tom Ellis", "Ms Ellis"), or ends a longer name the recogniser calls a
// person ("Sui-Lee Wee" for "Wee of the Times reports").
func (x *entityLex) namedPersonElsewhere(d *nlp.Doc, ws []nameWord) bool {
	w := ws[len(ws)-1].Text
	before := ""
	if len(ws) > 1 {
		before = ws[len(ws)-2].Text
	}
	for _, c := range d.Candidates {
		f := strings.Fields(d.Text[c.Start:c.End])
		if c.Label == "PERSON" && len(f) >= 2 && f[len(f)-1] == w && f[len(f)-2] != before {
			return true
		}
	}
	for j := 1; j < len(d.Tokens); j++ {
		if trimWordEnd(d.Tokens[j].Text) != w {
			continue
		}
		p := d.Tokens[j-1].Text
		if isCapWord(p) && (x.firstNames.Has(p) || x.honorifics.Has(p)) {
			return true
		}
	}
	return false
}

// notPersonWord reports whether ws holds a word no person's name has: a
// listed organisation or place, an organisation word, a common capitalised
// word, an acronym, a word with a capital inside ("HuffPost"), a digit or a
// dot, or a nationality or regional adjective first ("Northern Echo").
func (x *entityLex) notPersonWord(ws []nameWord) bool {
	if len(ws) > 1 && x.nationalities.Has(ws[0].Text) {
		return true // "Northern Echo", "Irish Independent"
	}
	if len(ws) > 1 && namePrepositions[strings.ToLower(ws[0].Text)] {
		return true // "Inside Housing", "Under the Radar": no person's name opens so
	}
	for i, w := range ws {
		if x.knownAt(ws, i) > 0 || x.orgSuffixes.Has(w.Text) || x.commonCaps.Has(w.Text) || isAcronym(w.Text) ||
			gluePoint(w.Text) > 0 || strings.ContainsAny(w.Text, "0123456789.") {
			return true
		}
	}
	return false
}

// namePrepositions open the names of publications ("Inside Housing",
// "Beyond Words") but never a person's name.
var namePrepositions = map[string]bool{
	"inside": true, "about": true, "beyond": true, "under": true, "over": true, "across": true,
	"behind": true, "into": true, "within": true, "between": true, "among": true, "through": true,
	"around": true, "off": true, "out": true, "on": true, "at": true, "in": true, "upon": true,
}

// weekdays name the days of the week.
var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true,
}

// dateWord reports whether w is a day of the week or a month.
func (x *entityLex) dateWord(w string) bool {
	return weekdays[w] || (isCapWord(w) && x.lex.List("months").Has(w))
}
