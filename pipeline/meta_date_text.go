package pipeline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// monthNumbers maps month names and their usual abbreviations in English,
// German, French, Spanish, Italian, Dutch and Portuguese (lower case,
// without a trailing period) to month numbers.
var monthNumbers = map[string]int{
	"jan": 1, "january": 1, "januar": 1, "jänner": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1, "gennaio": 1, "gen": 1, "januari": 1, "janeiro": 1,
	"feb": 2, "february": 2, "februar": 2, "feber": 2, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "febrero": 2, "febbraio": 2, "februari": 2, "fevereiro": 2,
	"mar": 3, "march": 3, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "mars": 3, "marzo": 3, "maart": 3, "mrt": 3, "março": 3,
	"apr": 4, "april": 4, "avril": 4, "avr": 4, "abril": 4, "abr": 4, "aprile": 4,
	"may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mag": 5, "mei": 5, "maio": 5,
	"jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "giu": 6, "junho": 6,
	"jul": 7, "july": 7, "juli": 7, "juillet": 7, "juil": 7, "julio": 7, "luglio": 7, "lug": 7, "julho": 7,
	"aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8, "augustus": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "setiembre": 9, "settembre": 9, "set": 9, "setembro": 9,
	"oct": 10, "october": 10, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "ott": 10, "outubro": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
	"dec": 12, "december": 12, "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12, "dic": 12, "dicembre": 12, "dezembro": 12,
}

// dateCue says what a word before a date makes of it.
type dateCue int

const (
	cueNone dateCue = iota
	cuePublished
	cueUpdated
)

// dateCueWords are the words that say a date in a byline is the
// publication's or a later update's.
var dateCueWords = map[string]dateCue{
	"published": cuePublished, "posted": cuePublished, "created": cuePublished, "veröffentlicht": cuePublished, "erschienen": cuePublished,
	"erstellt": cuePublished, "publié": cuePublished, "publiée": cuePublished, "publicado": cuePublished, "publicada": cuePublished,
	"pubblicato": cuePublished, "pubblicata": cuePublished, "gepubliceerd": cuePublished, "geplaatst": cuePublished, "publicação": cuePublished,
	"updated": cueUpdated, "update": cueUpdated, "modified": cueUpdated, "edited": cueUpdated, "revised": cueUpdated, "aktualisiert": cueUpdated,
	"aktualisierung": cueUpdated, "geändert": cueUpdated, "jour": cueUpdated, "modifié": cueUpdated, "modifiée": cueUpdated, "actualizado": cueUpdated,
	"actualizada": cueUpdated, "actualización": cueUpdated, "aggiornato": cueUpdated, "aggiornata": cueUpdated, "aggiornamento": cueUpdated,
	"bijgewerkt": cueUpdated, "gewijzigd": cueUpdated, "atualizado": cueUpdated, "atualização": cueUpdated,
}

// dateTokens splits a text into the words and numbers a date is written
// with: white space and punctuation other than the period, slash and
// hyphen inside a number separate them, and those marks are trimmed off
// a token's ends.
func dateTokens(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '/' || r == '-')
	})
	out := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(f, "./-"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// dayNumber reads a day of the month, with an ordinal ending ("26th",
// "1er", "1º") allowed; it returns 0 when tok is not one.
func dayNumber(tok string) int {
	i := 0
	for i < len(tok) && tok[i] >= '0' && tok[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0
	}
	switch strings.ToLower(tok[i:]) {
	case "", "st", "nd", "rd", "th", "er", "re", "º", "°", "ª":
	default:
		return 0
	}
	d, _ := strconv.Atoi(tok[:i])
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// yearNumber reads a four-digit year; 0 when tok is not one.
func yearNumber(tok string) int {
	if len(tok) != 4 || !isDigits(tok) {
		return 0
	}
	y, _ := strconv.Atoi(tok)
	return y
}

// numericDate reads a date written in figures: 2026-11-26, 2026/11/26,
// 26.11.2026, 26.11.26, 26/11/2026 or 11/26/2026 (day first unless only
// month first makes sense). A token of a longer date-time
// ("2026-11-26T10") is read by its date.
func numericDate(tok string) string {
	if len(tok) > 10 && len(tok) >= 11 && (tok[10] == 'T' || tok[10] == 't') {
		tok = tok[:10]
	}
	sep := byte(0)
	for _, c := range []byte{'-', '.', '/'} {
		if strings.Count(tok, string(c)) == 2 {
			sep = c
		}
	}
	if sep == 0 {
		return ""
	}
	parts := strings.Split(tok, string(sep))
	for _, p := range parts {
		if !isDigits(p) {
			return ""
		}
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return ymd(a, b, c)
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4:
		if sep == '/' && b > 12 {
			return ymd(c, a, b)
		}
		return ymd(c, b, a)
	case sep == '.' && len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 2:
		return ymd(2000+c, b, a)
	}
	return ""
}

// ymd returns a calendar date as YYYY-MM-DD, or "" when it is no date or
// its year lies outside 1990–2100.
func ymd(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || !plausibleYear(t) {
		return "" // 31 April rolls over: no date
	}
	return t.Format("2006-01-02")
}

// wordDateAt reads a date written with a month name starting at token i:
// "26. November 2026", "26 de noviembre de 2026", "26th November 2026",
// "Nov. 26, 2026", "November 26th 2026". It returns the date and the
// number of tokens it spans, or "" and 0.
func wordDateAt(toks []string, i int) (string, int) {
	month := func(j int) int {
		if j >= len(toks) {
			return 0
		}
		return monthNumbers[strings.ToLower(strings.TrimRight(toks[j], "."))]
	}
	skipDe := func(j int) int {
		if j < len(toks) && (strings.EqualFold(toks[j], "de") || strings.EqualFold(toks[j], "del")) {
			return j + 1
		}
		return j
	}
	if d := dayNumber(toks[i]); d > 0 {
		j := skipDe(i + 1)
		if m := month(j); m > 0 {
			k := skipDe(j + 1)
			if k < len(toks) && yearNumber(toks[k]) > 0 {
				if s := ymd(yearNumber(toks[k]), m, d); s != "" {
					return s, k - i + 1
				}
			}
		}
	}
	if m := month(i); m > 0 && i+2 < len(toks) {
		if d := dayNumber(toks[i+1]); d > 0 && yearNumber(toks[i+2]) > 0 {
			if s := ymd(yearNumber(toks[i+2]), m, d); s != "" {
				return s, 3
			}
		}
	}
	return "", 0
}

// textDate is one date found in a text, with the cue word before it.
type textDate struct {
	date string
	cue  dateCue
	// at and span are its first token and its number of tokens.
	at, span int
}

// datesInText finds the dates written in a text, in order, each with the
// nearest cue word among the few tokens before it.
func datesInText(s string) ([]textDate, []string) {
	toks := dateTokens(s)
	var out []textDate
	last := cueNone
	lastAt := -10
	for i := 0; i < len(toks); i++ {
		if c, ok := dateCueWords[strings.ToLower(toks[i])]; ok {
			last, lastAt = c, i
			continue
		}
		d, n := wordDateAt(toks, i)
		if d == "" {
			if d = numericDate(toks[i]); d != "" {
				n = 1
			}
		}
		if d == "" {
			continue
		}
		cue := cueNone
		if i-lastAt <= 4 {
			cue = last
		}
		out = append(out, textDate{date: d, cue: cue, at: i, span: n})
		last, lastAt = cueNone, -10
		i += n - 1
	}
	return out, toks
}

// dateInText finds the publication date written in a byline or date line
// in any of the usual forms and languages ("March 25, 2015", "26. November
// 2026", "Publié le 3 mars 2021", "26 de noviembre de 2026", "26.11.2026",
// "2026-11-26") and returns it as YYYY-MM-DD, or "". A date a
// publication word leads into wins, then the first one no update word
// leads into, then the first one.
func dateInText(s string) string {
	dates, _ := datesInText(s)
	for _, c := range []dateCue{cuePublished, cueNone, cueUpdated} {
		for _, d := range dates {
			if d.cue == c {
				return d.date
			}
		}
	}
	return ""
}

// dateLineFillers are the words a date line holds beside its dates:
// weekdays, clock words and the little words that join them.
var dateLineFillers = map[string]bool{
	"uhr": true, "um": true, "am": true, "at": true, "on": true, "le": true, "el": true, "il": true, "op": true, "à": true, "a": true, "las": true,
	"ore": true, "h": true, "utc": true, "cet": true, "cest": true, "gmt": true, "pm": true, "den": true, "der": true, "de": true, "du": true, "del": true,
	"vom": true, "the": true, "stand": true, "datum": true, "date": true, "fecha": true, "data": true, "mez": true, "mesz": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true, "às": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
}

// dateLineText reports whether a short text near the headline is a date
// line: a date a cue word leads into, or dates with no more than one
// word beside weekdays, clock times and joining words ("Mo., 26.11.2026,
// 14:05 Uhr"), not a sentence that mentions a date ("Am 26.11.2026
// beginnt die Messe").
func dateLineText(s string) bool {
	dates, toks := datesInText(s)
	if len(dates) == 0 {
		return false
	}
	if dates[0].cue != cueNone {
		return true
	}
	inDate := map[int]bool{}
	for _, d := range dates {
		for i := d.at; i < d.at+d.span; i++ {
			inDate[i] = true
		}
	}
	other := 0
	for i, t := range toks {
		if !inDate[i] && !dateLineFillers[strings.ToLower(t)] && strings.IndexFunc(t, unicode.IsDigit) < 0 {
			other++
		}
	}
	return other <= 1
}
