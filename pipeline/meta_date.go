package pipeline

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date forms found in metadata, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 Z0700",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// localLayouts carry no time zone: only their date is kept.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2 Jan 2006", "January 2 2006", "Jan. 2, 2006", "02.01.2006", "2006-1-2",
}

// normalizeDate parses a metadata date and returns it as RFC 3339: a full
// date-time when the value has a time zone, else the date alone
// (YYYY-MM-DD). It returns "" for values it cannot read or years outside
// 1990–2100.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return t.Format(time.RFC3339)
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return t.Format("2006-01-02")
		}
	}
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		return normalizeDate(s[:10])
	}
	return ""
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

// firstDate returns the first of vals that normalizeDate can read.
func firstDate(vals ...string) string {
	for _, v := range vals {
		if d := normalizeDate(v); d != "" {
			return d
		}
	}
	return ""
}

// dateFromURL finds a /YYYY/MM/DD/ or /YYYY-MM-DD path segment in a URL and
// returns it as YYYY-MM-DD, or "".
func dateFromURL(u string) string {
	for i := 0; i+10 <= len(u); i++ {
		if u[i] != '/' {
			continue
		}
		seg := u[i+1:]
		if len(seg) >= 10 && isDigits(seg[:4]) && (seg[4] == '/' || seg[4] == '-') && isDigits(seg[5:7]) && seg[7] == seg[4] && isDigits(seg[8:10]) {
			if d := normalizeDate(seg[:4] + "-" + seg[5:7] + "-" + seg[8:10]); d != "" {
				return d
			}
		}
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// monthNumbers maps English month names and abbreviations to numbers.
var monthNumbers = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// dateInText finds a date written out in a byline or date line ("March
// 25, 2015", "25 March 2015", "Nov. 18, 2019") and returns it as
// YYYY-MM-DD, or "".
func dateInText(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '|' || r == '\n' || r == '\t' })
	for i, w := range words {
		m, ok := monthNumbers[strings.ToLower(w)]
		if !ok {
			continue
		}
		var day, year string
		switch {
		case i+2 < len(words) && isDigits(words[i+1]) && len(words[i+2]) == 4 && isDigits(words[i+2]):
			day, year = words[i+1], words[i+2]
		case i > 0 && i+1 < len(words) && isDigits(words[i-1]) && len(words[i+1]) == 4 && isDigits(words[i+1]):
			day, year = words[i-1], words[i+1]
		default:
			continue
		}
		if len(day) > 2 {
			continue
		}
		if d := normalizeDate(fmt.Sprintf("%s-%02d-%02s", year, m, day)); d != "" {
			return d
		}
	}
	return ""
}
