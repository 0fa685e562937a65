package pipeline

import (
	"slices"
	"strings"
	"unicode"
)

// authorMetaKeys are the meta keys that name authors, in order of trust.
var authorMetaKeys = []string{"dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "byl", "sailthru.author", "citation_author"}

// isAuthorMetaKey reports whether a meta key names authors.
func isAuthorMetaKey(k string) bool {
	for _, a := range authorMetaKeys {
		if a == k {
			return true
		}
	}
	return false
}

// pickAuthors returns the article's authors from the first source that
// names any: JSON-LD, author meta tags (every tag of a key, a name in
// "Last, First" order turned round), then byline markup, then unmarked
// "By …" lines under the headline and <address>; failing those, a news
// agency or outlet those sources credit (see outletCredit; once one is
// credited, a lone word in a later source is a dateline, not a name), then a
// name spelt by the address of an author's profile page that an author meta
// tag gives instead of a name (see nameFromProfileURL), then an organisation
// JSON-LD names as author, unless it is the site itself, then a
// credit an author meta tag gives that names no person (see metaCredit), and
// last a twitter:creator that reads as a person's name. host is the page's
// host name ("" when unknown): a site named after its author, at an address
// that spells the name, keeps the name.
func pickAuthors(f *pageFacts, ld ldArticle, site, host string) []string {
	site = siteWithoutByline(site)
	sources := [][]string{ld.Authors}
	for _, k := range authorMetaKeys {
		if vs := f.authorMetas[k]; len(vs) > 0 {
			sources = append(sources, uninvertAll(vs))
		}
	}
	structured := len(sources)
	for _, b := range append(f.bylines, f.earlyBylines...) {
		sources = append(sources, []string{b})
	}
	plainFrom := len(sources)
	for _, b := range f.plainBylines {
		sources = append(sources, []string{b})
	}
	agency, credited := outletCredit(sources, site, ld.Publisher, structured)
	namesOf := func(i int) []string {
		var names []string
		for _, s := range sources[i] {
			if personalSite(s, host) {
				names = appendNames(names, s, "", "")
			} else {
				names = appendNames(names, s, site, ld.Publisher)
			}
		}
		if credited && i > 0 || i >= plainFrom {
			// a lone word after an agency is a dateline; in an unmarked line
			// ("Door Corona") it is more likely a sentence's start than a name
			names = slices.DeleteFunc(names, func(n string) bool { return len(strings.Fields(n)) < 2 })
		}
		return names
	}
	for i := range sources {
		if names := namesOf(i); len(names) > 0 {
			return widerByline(names, i, structured, len(sources), namesOf)
		}
	}
	if credited {
		return agency
	}
	if name := profileName(f, site, ld.Publisher); name != "" {
		return []string{name}
	}
	for _, o := range ld.OrgAuthors {
		if !overlapsWords(o, site) && !overlapsWords(o, ld.Publisher) && len(o) <= 80 && !notNameWords[strings.ToLower(o)] {
			return []string{o}
		}
	}
	if o := metaCredit(f, site, ld.Publisher, host); o != "" {
		return []string{o}
	}
	return creatorName(f.get("twitter:creator"), site, ld.Publisher, host)
}

// widerByline returns the names of the first byline in the markup that
// names all of a structured source's names and more (an author meta tag
// that gives only the first of two authors), else names. from is the
// index of the source that gave names; bylines start at index structured.
func widerByline(names []string, from, structured, n int, namesOf func(int) []string) []string {
	if from >= structured {
		return names
	}
	for j := structured; j < n && j < structured+6; j++ {
		more := namesOf(j)
		if len(more) <= len(names) {
			continue
		}
		all := true
		for _, nm := range names {
			if !slices.ContainsFunc(more, func(m string) bool { return strings.EqualFold(m, nm) }) {
				all = false
			}
		}
		if all {
			return more
		}
	}
	return names
}

// bylinePrefixes introduce the names in a byline (a colon may follow
// any of them: "Von: Max Mustermann").
var bylinePrefixes = []string{"avec ", "with ", "written by ", "posted by ", "reported by ", "story by ", "words by ", "text by ", "by ", "par ", "von ", "por ", "door ", "di ", "av ", "from ",
	"ein beitrag von ", "ein kommentar von ", "ein gastbeitrag von ", "eine analyse von ", "ein essay von ", "geschrieben von ", "verfasst von ",
	"escrito por ", "escrita por ", "scritto da ", "a cura di ", "geschreven door ", "un article de ", "une tribune de ",
	"and ", "und ", "et ", "y ", "en "}

// bylineLabels are the words that, with a colon, label a byline's names:
// "Text: Max Mustermann", "Autorin: Erika Musterfrau", "Quelle: dpa".
var bylineLabels = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "di": true, "door": true, "text": true, "texte": true, "texto": true, "testo": true, "tekst": true,
	"author": true, "authors": true, "autor": true, "autorin": true, "autoren": true, "auteur": true, "auteurs": true, "autore": true, "autori": true, "autora": true, "autores": true,
	"reporter": true, "reporting": true, "quelle": true, "source": true, "fuente": true, "fonte": true, "bron": true, "redakteur": true, "redakteurin": true,
}

// nameSeparators split a byline into names; "mit", "avec", "con", "met"
// add a co-author or an agency ("Max Mustermann mit dpa").
var nameSeparators = []string{" and ", " & ", ", ", ";", " und ", " sowie ", " mit ", " et ", " avec ", " y ", " con ", " og ", " en ", " met ", " e ", " | ", " / ", "/", " - ", " – ", " — ", "\n", "·"}

// notNameWords mark a byline piece as a job title, a source, a date or an
// instruction rather than a person.
var notNameWords = map[string]bool{
	"staff": true, "reporter": true, "writer": true, "editor": true, "correspondent": true,
	"contributor": true, "columnist": true, "news": true, "press": true, "associated": true,
	"updated": true, "published": true, "posted": true, "follow": true, "email": true, "twitter": true,
	"senior": true, "chief": true, "bureau": true, "desk": true, "team": true, "agency": true,
	"editorial": true, "admin": true, "developers": true, "webmaster": true,
	"author": true, "guest": true, "more": true, "view": true, "all": true, "posts": true, "share": true,
	"reuters": true, "afp": true, "ap": true, "read": true, "minutes": true, "ago": true,
	"photographer": true, "sign": true, "in": true, "up": true, "login": true, "register": true, "subscribe": true, "producer": true, "analyst": true, "director": true, "officer": true,
	// newsrooms and job titles in German, French, Spanish, Italian, Dutch and Portuguese
	"redaktion": true, "rédaction": true, "redaction": true, "redacción": true, "redaccion": true, "redazione": true, "redactie": true, "redação": true,
	"newsroom": true, "agenturen": true, "agencies": true, "agences": true, "agencias": true, "agenzie": true, "online-redaktion": true, "onlineredaktion": true,
	"redakteur": true, "redakteurin": true, "chefredakteur": true, "chefredakteurin": true, "korrespondent": true, "korrespondentin": true,
	"journalist": true, "journalistin": true, "reporterin": true, "autor": true, "autorin": true, "volontär": true, "volontärin": true,
	"ressortleiter": true, "ressortleiterin": true, "leiterin": true, "moderatorin": true, "mitarbeiter": true, "mitarbeiterin": true,
	"journaliste": true, "rédacteur": true, "rédactrice": true, "correspondant": true, "correspondante": true, "envoyé": true, "envoyée": true, "spécial": true, "spéciale": true,
	"periodista": true, "redactor": true, "redactora": true, "corresponsal": true, "enviado": true, "enviada": true,
	"giornalista": true, "redattore": true, "redattrice": true, "corrispondente": true, "inviato": true, "inviata": true,
	"verslaggever": true, "redacteur": true, "correspondente": true, "jornalista": true,
}

// pressWords name a publication or publisher, never a person, in German,
// French, Spanish, Italian and Dutch (English ones such as "Post" or
// "Times" are also surnames and stay out).
var pressWords = map[string]bool{
	"zeitung": true, "nachrichten": true, "tageblatt": true, "tagblatt": true, "rundschau": true, "anzeiger": true, "kurier": true,
	"abendblatt": true, "morgenpost": true, "allgemeine": true, "volksstimme": true, "verlag": true, "medien": true, "magazin": true,
	"redaktionsnetzwerk": true, "quotidien": true, "diario": true, "periódico": true, "giornale": true, "corriere": true, "gazzetta": true,
	"krant": true, "dagblad": true, "nieuwsblad": true, "online": true, "tv": true,
}

// nameParticles may start a word of a name in lower case.
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "du": true, "le": true, "la": true, "bin": true, "al": true, "del": true, "dos": true, "das": true, "ter": true, "y": true}

// appendNames splits a byline into person names (dropping "By", job
// titles, site names, dates and handles) and appends the new ones to names.
// The first piece that is not a name after a name ends the list, since
// what follows a job title is an affiliation.
func appendNames(names []string, s, site, publisher string) []string {
	pieces := bylinePieces(s)
	fullName := len(names) > 0
	for _, p := range pieces {
		p = trimBylinePrefix(cutDate(strings.Trim(strings.TrimSpace(p), ",.:;()[]|")))
		p = dropHonorific(cutPlaceTail(cutRoleTail(strings.TrimSpace(trimSiteSuffix(p, site, publisher)))))
		if fullName && len(strings.Fields(p)) == 1 && isLatin(p) {
			continue // "Troy Smith, Cleveland": a lone word after full names is a place or a brand
		}
		if _, ok := outletName(p); ok {
			fullName = true // "PTI, Washington": a lone word after an agency is its dateline
			continue
		}
		if !isPersonName(p, site, publisher) {
			if len(names) > 0 && p != "" {
				break // a job title or affiliation ends the list of names
			}
			continue
		}
		dup := false
		for _, n := range names {
			if strings.EqualFold(n, p) {
				dup = true
			}
		}
		if !dup {
			names = append(names, titleName(p))
			fullName = fullName || len(strings.Fields(p)) > 1
		}
	}
	return names
}

// splitFold splits s around sep, matching sep without regard to case.
func splitFold(s, sep string) []string {
	var out []string
	low := strings.ToLower(s)
	for {
		i := strings.Index(low, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s, low = s[i+len(sep):], low[i+len(sep):]
	}
}

// trimBylinePrefix drops the words that introduce a byline's names ("By",
// "Von:", "Text:", "Ein Beitrag von").
func trimBylinePrefix(p string) string {
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(p)
		if i := strings.IndexByte(low, ':'); i > 0 && bylineLabels[strings.TrimSpace(low[:i])] {
			p, changed = strings.TrimSpace(p[i+1:]), true
			continue
		}
		for _, pre := range bylinePrefixes {
			if strings.HasPrefix(low, pre) {
				p = strings.TrimSpace(p[len(pre):])
				changed = true
				break
			}
		}
		if low == "by" {
			return ""
		}
	}
	return p
}

// isPersonName reports whether a byline piece looks like a person's name:
// one to five words, capitalised (particles aside) or in a script without
// case, no digits or handles, not the site and not a job title.
func isPersonName(p, site, publisher string) bool {
	if p == "" || len(p) > 60 || strings.ContainsAny(p, "@#0123456789=<>{}") {
		return false
	}
	if overlapsWords(p, site) || overlapsWords(p, publisher) || looksLikeDomain(p) {
		return false
	}
	words := strings.Fields(p)
	if len(words) > 5 || (len(words) == 1 && monthWords[strings.ToLower(strings.Trim(p, "."))]) {
		return false
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;"))
		if notNameWords[lw] {
			return false
		}
		for _, part := range strings.Split(lw, "-") {
			if notNameWords[part] || pressWords[part] {
				return false // "Beispiel-Redaktion", "Stuttgarter Zeitung"
			}
		}
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++ // scripts without case (CJK and others)
		case nameParticles[lw]:
		default:
			return false
		}
	}
	if caps == 0 {
		return false
	}
	if len(words) == 1 {
		r := []rune(words[0])
		// a lone short all-caps token is a credential ("MA") or an agency
		return len(r) > 3 || !unicode.IsUpper(r[len(r)-1]) || !unicode.Is(unicode.Latin, r[0])
	}
	return true
}

// monthWords start a date written out in a byline.
var monthWords = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "updated": true, "published": true, "posted": true,
}

// weekdayWords start a date in a byline ("Joe Wee Monday, 29 February");
// abbreviations are left out, as "Sun" and "Wed" are also surnames.
var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// cutDate cuts a byline piece where a date starts, when a word comes
// before it: at a word with a digit ("Nolan22 Dec" keeps "Nolan"), at a
// month name followed by a number ("Willis March 25") or at a weekday.
func cutDate(p string) string {
	words := strings.Fields(p)
	for i, w := range words {
		if i == 0 {
			continue
		}
		if j := strings.IndexAny(w, "0123456789"); j >= 0 {
			if j > 0 {
				return strings.Join(append(words[:i:i], w[:j]), " ")
			}
			return strings.Join(dropDatePreposition(words[:i]), " ")
		}
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		if monthWords[lw] && (i+1 == len(words) || strings.ContainsAny(words[i+1], "0123456789")) || weekdayWords[lw] {
			return strings.Join(dropDatePreposition(words[:i]), " ")
		}
	}
	return p
}

// datePrepositions lead into a date after a name: "Minh Do on Monday".
var datePrepositions = map[string]bool{"on": true, "at": true, "le": true, "am": true, "el": true, "il": true, "op": true}

// dropDatePreposition drops the words that lead into a cut-off date.
func dropDatePreposition(words []string) []string {
	for len(words) > 1 && datePrepositions[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return words
}

// overlapsWords reports whether a and b (both non-empty) are the same
// words or one holds the other's words in a row, ignoring case: "CNN
// Business" and "CNN", "Business Insider" and "Business Insider
// Deutschland".
func overlapsWords(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	return wordsIn(wa, wb) || wordsIn(wb, wa)
}

// wordsIn reports whether the words of small appear in a row in big.
func wordsIn(big, small []string) bool {
	for i := 0; i+len(small) <= len(big); i++ {
		ok := true
		for j, w := range small {
			if big[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// trimSiteSuffix cuts the site's name off the end of a byline piece that
// has a name before it: "Elliot Brownstein Florida Today".
func trimSiteSuffix(p, site, publisher string) string {
	for _, s := range []string{site, publisher} {
		if s == "" || len(p) <= len(s) {
			continue
		}
		if head := strings.TrimSpace(p[:len(p)-len(s)]); strings.EqualFold(p[len(p)-len(s):], s) && len(strings.Fields(head)) >= 2 {
			return strings.TrimRight(head, " ,.-|")
		}
	}
	return p
}

// looksLikeDomain reports whether a piece is a web address ("Cleveland.com").
func looksLikeDomain(p string) bool {
	i := strings.LastIndexByte(p, '.')
	if i <= 0 || i == len(p)-1 || strings.ContainsRune(p, ' ') {
		return false
	}
	tld := p[i+1:]
	return len(tld) >= 2 && len(tld) <= 6 && strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// isLatin reports whether s starts with a Latin letter.
func isLatin(s string) bool {
	for _, r := range s {
		return unicode.Is(unicode.Latin, r)
	}
	return false
}
